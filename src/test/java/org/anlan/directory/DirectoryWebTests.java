package org.anlan.directory;

import static org.anlan.directory.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The directory's HTTP API: status and problem+json body of each refusal, and nothing changed. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryWebTests {

  static final String PASSWORD = "test-password-1";
  static final String WULI = "500152110002";
  static final String BAIZI_VILLAGE = "500152113001";
  static final String[] PEOPLE_HEADER = {"姓名 (name)", "手机 (mobile)", "区域代码 (area code)", "职务 (position)"};
  static final String[] ASSIGNMENT_HEADER = {"区域代码 (area code)", "角色代码 (role code)", "责任人手机 (person mobile)", "AB岗手机 (deputy mobile)"};

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static RequestPostProcessor as(String user) {
    return httpBasic(user, PASSWORD);
  }

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  static String person(String name, String mobile, String area) {
    return """
        {"name": "%s", "mobile": "%s", "areaCode": "%s", "position": "测试"}""".formatted(name, mobile, area);
  }

  long people() {
    return jdbc.sql("select count(*) from directory_person").query(Long.class).single();
  }

  long anyPersonIn(String areaPrefix) {
    return jdbc.sql("select min(id) from directory_person where area_code like :p").param("p", areaPrefix + "%").query(Long.class).single();
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.type").value("https://anlan.org/problems/" + code))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  @Test
  void an_unknown_area_is_404_and_creates_nothing() throws Exception {
    problem(mvc.perform(get("/api/v1/people").param("area", "500152999999").with(as("admin"))), 404, "area.not-found");
    long before = people();
    problem(send(post("/api/v1/people"), "admin", person("未知区域", "13700000001", "500152999999")), 404, "area.not-found");
    problem(mvc.perform(get("/api/v1/responsible").param("area", "12").param("role", "GRID_WORKER").with(as("admin"))), 422, "area.code-invalid");
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void malformed_json_is_400() throws Exception {
    long before = people();
    problem(send(post("/api/v1/people"), "admin", "{\"name\": \"半截"), 400, "request.malformed");
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void a_ten_megabyte_name_is_refused_and_changes_nothing() throws Exception {
    long before = people();
    problem(send(post("/api/v1/people"), "admin", person("大".repeat(10 * 1024 * 1024), "13700000002", WULI)), 413, "request.too-large");
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void a_name_over_its_size_limit_and_a_bad_mobile_are_400_with_the_fields() throws Exception {
    long before = people();
    ResultActions result = send(post("/api/v1/people"), "admin", person("长".repeat(51), "12345678901", WULI));
    problem(result, 400, "request.invalid");
    result.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "mobile")));
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void a_bad_mobile_is_explained_in_words_not_as_a_regular_expression() throws Exception {
    send(post("/api/v1/people").header("Accept-Language", "zh-CN"), "admin", person("错号", "12345", WULI))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("mobile"))
        .andExpect(jsonPath("$.errors[0].message").value("手机号格式不对：应为 11 位数字，以 13–19 开头。"));
    send(post("/api/v1/people").header("Accept-Language", "en"), "admin", person("错号", "12345", WULI))
        .andExpect(jsonPath("$.errors[0].message").value("Not a valid mobile number: 11 digits starting 13 to 19."));
  }

  @Test
  void a_town_officer_cannot_read_another_towns_people() throws Exception {
    problem(mvc.perform(get("/api/v1/people").param("area", "500152113000").with(as("shuangjiang"))), 403, "access.out-of-scope");
    problem(mvc.perform(get("/api/v1/people/" + anyPersonIn("500152113")).with(as("shuangjiang"))), 403, "access.out-of-scope");
    problem(mvc.perform(get("/api/v1/responsible").param("area", BAIZI_VILLAGE).param("role", "VILLAGE_SECRETARY")
        .with(as("shuangjiang"))), 403, "access.out-of-scope");
    problem(mvc.perform(get("/api/v1/assignments/export.xlsx").param("area", "500152113000").with(as("shuangjiang"))), 403, "access.out-of-scope");
  }

  @Test
  void a_town_officer_sees_only_their_own_town_by_default() throws Exception {
    mvc.perform(get("/api/v1/people").param("size", "500").with(as("shuangjiang"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].areaCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("500152110"))));
  }

  @Test
  void a_town_officer_cannot_change_another_towns_people() throws Exception {
    long before = people();
    problem(send(post("/api/v1/people"), "shuangjiang", person("越权", "13700000003", BAIZI_VILLAGE)), 403, "access.out-of-scope");
    long baizi = anyPersonIn("500152113");
    String name = jdbc.sql("select name from directory_person where id = :id").param("id", baizi).query(String.class).single();
    problem(send(put("/api/v1/people/" + baizi), "shuangjiang", person("改名", "13700000004", WULI)), 403, "access.out-of-scope");
    problem(mvc.perform(delete("/api/v1/people/" + baizi).with(as("shuangjiang"))), 403, "access.out-of-scope");
    assertThat(people()).isEqualTo(before);
    assertThat(jdbc.sql("select name from directory_person where id = :id").param("id", baizi).query(String.class).single()).isEqualTo(name);
  }

  @Test
  void a_leader_reads_but_cannot_write() throws Exception {
    mvc.perform(get("/api/v1/people").param("area", BAIZI_VILLAGE).with(as("leader"))).andExpect(status().isOk());
    long before = people();
    problem(send(post("/api/v1/people"), "leader", person("领导", "13700000005", WULI)), 403, "access.read-only");
    problem(mvc.perform(multipart("/api/v1/directory/import").file(xlsx(new Workbooks()
        .sheet("人员", PEOPLE_HEADER, row("导入", "13700000006", WULI, "")).bytes())).with(as("leader"))), 403, "access.read-only");
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void an_unknown_id_is_404() throws Exception {
    problem(mvc.perform(get("/api/v1/people/987654321").with(as("admin"))), 404, "directory.person-not-found");
    problem(mvc.perform(get("/api/v1/organisations/987654321").with(as("admin"))), 404, "directory.organisation-not-found");
    problem(mvc.perform(delete("/api/v1/assignments/987654321").with(as("admin"))), 404, "directory.assignment-not-found");
  }

  @Test
  void people_and_assignments_answer_who_is_responsible_with_the_deputy_when_the_primary_is_away() throws Exception {
    String village = "500152110004"; // the demo data has no TOWN_EMERGENCY_OFFICER at a village
    long primary = id(send(post("/api/v1/people"), "shuangjiang", person("主岗", "13700000010", village)).andExpect(status().isCreated()));
    long deputy = id(send(post("/api/v1/people"), "shuangjiang", person("副岗", "13700000011", village)).andExpect(status().isCreated()));
    send(post("/api/v1/assignments"), "shuangjiang", """
        {"personId": %d, "deputyPersonId": %d, "areaCode": "%s", "roleCode": "TOWN_EMERGENCY_OFFICER"}""".formatted(primary, deputy, village))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.deputyName").value("副岗"));
    mvc.perform(get("/api/v1/responsible").param("area", village).param("role", "TOWN_EMERGENCY_OFFICER").with(as("shuangjiang")))
        .andExpect(jsonPath("$.people[*].name").value(hasItem("主岗")))
        .andExpect(jsonPath("$.people[0].foundBy").value("PRIMARY"));
    send(put("/api/v1/people/" + primary), "shuangjiang", """
        {"name": "主岗", "mobile": "13700000010", "areaCode": "%s", "available": false, "version": 0}""".formatted(village))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/responsible").param("area", village).param("role", "TOWN_EMERGENCY_OFFICER").with(as("shuangjiang")))
        .andExpect(jsonPath("$.people", hasSize(1)))
        .andExpect(jsonPath("$.people[0].name").value("副岗"))
        .andExpect(jsonPath("$.people[0].foundBy").value("DEPUTY"));
    problem(send(put("/api/v1/people/" + primary), "shuangjiang", """
        {"name": "旧版本", "mobile": "13700000010", "areaCode": "%s", "version": 0}""".formatted(village)), 409, "conflict.stale-version");
    problem(mvc.perform(delete("/api/v1/people/" + deputy).with(as("shuangjiang"))), 409, "directory.person-in-use");
    problem(send(post("/api/v1/people"), "shuangjiang", person("重复", "13700000010", village)), 409, "directory.mobile-taken");
  }

  @Test
  void an_assignment_with_an_unknown_role_is_422() throws Exception {
    long someone = anyPersonIn("500152110");
    problem(send(post("/api/v1/assignments"), "admin", """
        {"personId": %d, "areaCode": "%s", "roleCode": "EMPEROR"}""".formatted(someone, WULI)), 422, "directory.role-unknown");
  }

  @Test
  void a_good_workbook_imports_and_importing_it_again_updates_instead_of_duplicating() throws Exception {
    byte[] file = new Workbooks()
        .sheet("人员", PEOPLE_HEADER, row("导入甲", "13700000020", WULI, "网格员"), row("导入乙", "13700000021", WULI, "主任"))
        .sheet("责任", ASSIGNMENT_HEADER, row(WULI, "GRID_WORKER", "13700000020", "13700000021")).bytes();
    long before = people();
    mvc.perform(multipart("/api/v1/directory/import").file(xlsx(file)).with(as("shuangjiang"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(3)).andExpect(jsonPath("$.updated").value(0));
    mvc.perform(multipart("/api/v1/directory/import").file(xlsx(file)).with(as("shuangjiang"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(3));
    assertThat(people()).isEqualTo(before + 2);
    assertThat(jdbc.sql("select count(*) from platform_audit_log where action = 'import'").query(Long.class).single()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void one_bad_row_among_good_rows_imports_nothing_and_names_the_row() throws Exception {
    byte[] file = new Workbooks().sheet("人员", PEOPLE_HEADER,
        row("好一", "13700000030", WULI, ""), row("坏的", "1370000", WULI, ""), row("好二", "13700000031", WULI, "")).bytes();
    long before = people();
    ResultActions result = mvc.perform(multipart("/api/v1/directory/import").file(xlsx(file)).with(as("shuangjiang")));
    problem(result, 422, "directory.import-rows");
    result.andExpect(jsonPath("$.rows", hasSize(1)))
        .andExpect(jsonPath("$.rows[0].sheet").value("人员"))
        .andExpect(jsonPath("$.rows[0].row").value(3))
        .andExpect(jsonPath("$.rows[0].column").value("手机 (mobile)"))
        .andExpect(jsonPath("$.rows[0].message").isNotEmpty());
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void wrong_columns_are_named() throws Exception {
    byte[] file = new Workbooks().sheet("人员", row("姓名 (name)", "区域代码 (area code)", "身份证号"), row("某人", WULI, "x")).bytes();
    ResultActions result = mvc.perform(multipart("/api/v1/directory/import").file(xlsx(file)).with(as("admin")));
    problem(result, 422, "directory.import-columns");
    result.andExpect(jsonPath("$.missing").value(hasItem("人员: 手机 (mobile)")))
        .andExpect(jsonPath("$.unknown").value(hasItem("人员: 身份证号")));
  }

  @Test
  void a_town_officer_cannot_import_rows_of_another_town() throws Exception {
    byte[] file = new Workbooks().sheet("人员", PEOPLE_HEADER, row("本镇", "13700000040", WULI, ""),
        row("外镇", "13700000041", BAIZI_VILLAGE, "")).bytes();
    long before = people();
    ResultActions result = mvc.perform(multipart("/api/v1/directory/import").file(xlsx(file)).with(as("shuangjiang")));
    problem(result, 422, "directory.import-rows");
    result.andExpect(jsonPath("$.rows", hasSize(1))).andExpect(jsonPath("$.rows[0].row").value(3))
        .andExpect(jsonPath("$.rows[0].code").value("area-out-of-scope"));
    assertThat(people()).isEqualTo(before);
  }

  @Test
  void a_file_that_is_not_xlsx_is_refused() throws Exception {
    MockMultipartFile text = new MockMultipartFile("file", "people.xlsx", ExcelController.XLSX.toString(), "姓名,手机\n".getBytes());
    problem(mvc.perform(multipart("/api/v1/directory/import").file(text).with(as("admin"))), 422, "directory.import-file-invalid");
    problem(mvc.perform(multipart("/api/v1/directory/import").file(xlsx(new Workbooks().sheet("Sheet1", row("a")).bytes()))
        .with(as("admin"))), 422, "directory.import-sheets");
  }

  @Test
  void exports_and_the_template_are_xlsx_with_bilingual_headers() throws Exception {
    for (String url : new String[] {"/api/v1/people/export.xlsx", "/api/v1/assignments/export.xlsx", "/api/v1/directory/template.xlsx"}) {
      byte[] bytes = mvc.perform(get(url).param("area", "500152110000").with(as("shuangjiang"))).andExpect(status().isOk())
          .andExpect(content().contentType(ExcelController.XLSX)).andReturn().getResponse().getContentAsByteArray();
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).matches(".+ \\(.+\\).*");
      }
    }
  }

  static MockMultipartFile xlsx(byte[] bytes) {
    return new MockMultipartFile("file", "directory.xlsx", ExcelController.XLSX.toString(), bytes);
  }

  static long id(ResultActions result) throws Exception {
    return Long.parseLong(com.jayway.jsonpath.JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id").toString());
  }
}
