package org.anlan.resources;

import static org.anlan.resources.ResourcesWebTests.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Excel import and export of shelters and experts: all or nothing, per-row errors, scope, re-import updates. */
@SpringBootTest
@AutoConfigureMockMvc
class SheltersAndExpertsExcelTests {

  static final String VILLAGE = ResourcesWebTests.SHUANGJIANG_VILLAGE;
  static final String BOZI = "500152113000";
  static final String LON = String.valueOf(ResourcesWebTests.LON);
  static final String LAT = String.valueOf(ResourcesWebTests.LAT);
  static final List<String> SHELTER_HEADER =
      List.of("名称", "类型", "区域代码", "经度", "纬度", "容纳人数", "已安置人数", "地址", "管理员电话", "设施", "状态");
  static final List<String> EXPERT_HEADER = List.of("姓名", "专业领域", "单位", "职称", "电话", "区域代码");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static byte[] workbook(String sheet, List<List<String>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ResourcesExcelTests.fill(wb.createSheet(sheet), rows);
      wb.write(out);
      return out.toByteArray();
    }
  }

  ResultActions upload(String path, String user, byte[] bytes) throws Exception {
    return mvc.perform(multipart(path).file(new MockMultipartFile("file", "x.xlsx", ResourcesExcelController.XLSX.toString(), bytes))
        .with(httpBasic(user, ResourcesWebTests.PASSWORD)));
  }

  byte[] export(String path, String user) throws Exception {
    return mvc.perform(get(path).with(httpBasic(user, ResourcesWebTests.PASSWORD))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
  }

  /** Removes what the tests imported (shelters through the API, so the nearest index forgets them too). */
  @AfterEach
  void removeImported() throws Exception {
    for (Long id : jdbc.sql("select id from resources_shelter where name like '导入%'").query(Long.class).list()) {
      mvc.perform(delete("/api/v1/shelters/" + id).with(httpBasic("admin", ResourcesWebTests.PASSWORD)).with(csrf()))
          .andExpect(status().isNoContent());
    }
    jdbc.sql("delete from resources_expert where name like '导入%'").update();
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  static List<String> shelter(String name, String area, String capacity) {
    return List.of(name, "临时避灾点", area, LON, LAT, capacity, "0", "", "", "供水、医疗", "待用");
  }

  @Test
  void an_imported_shelter_is_found_by_nearest_at_once_and_reimporting_the_export_only_updates() throws Exception {
    upload("/api/v1/shelters/import", "shuangjiang", workbook("避难场所", List.of(SHELTER_HEADER,
        shelter("导入避灾点甲", VILLAGE, "9000")))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
    mvc.perform(get("/api/v1/nearest").param("lon", LON).param("lat", LAT).param("minFree", "8999")
            .with(httpBasic("shuangjiang", ResourcesWebTests.PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$[*].name", hasItem("导入避灾点甲")));
    long before = count("select count(*) from resources_shelter");
    byte[] exported = export("/api/v1/shelters/export.xlsx", "shuangjiang");
    int rows;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      rows = wb.getSheet("避难场所").getLastRowNum();
    }
    upload("/api/v1/shelters/import", "shuangjiang", exported).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(rows));
    assertThat(count("select count(*) from resources_shelter")).isEqualTo(before);
    assertThat(count("select count(*) from resources_shelter where name = '导入避灾点甲' and facilities = 'WATER,MEDICAL'"))
        .isEqualTo(1);
  }

  @Test
  void one_bad_shelter_row_among_good_ones_imports_nothing_and_is_listed() throws Exception {
    long before = count("select count(*) from resources_shelter");
    byte[] bytes = workbook("避难场所", List.of(SHELTER_HEADER, shelter("导入好点", VILLAGE, "50"),
        List.of("导入坏点", "帐篷", VILLAGE, "106.9", LAT, "十", "0", "", "", "飞机", "待用"),
        shelter("导入柏梓点", BOZI, "50")));
    problem(upload("/api/v1/shelters/import", "shuangjiang", bytes), 422, "resources.import-rows");
    upload("/api/v1/shelters/import", "shuangjiang", bytes)
        .andExpect(jsonPath("$.rows[?(@.row == 3)].column", org.hamcrest.Matchers.hasItems("类型", "经度", "容纳人数", "设施")))
        .andExpect(jsonPath("$.rows[?(@.row == 4)].code", hasItem("area-out-of-scope")))
        .andExpect(jsonPath("$.rows[0].sheet").value("避难场所"));
    assertThat(count("select count(*) from resources_shelter")).isEqualTo(before);
    problem(upload("/api/v1/shelters/import", "leader", bytes), 403, "access.read-only");
  }

  @Test
  void wrong_columns_are_refused_naming_the_missing_and_unknown_ones() throws Exception {
    problem(upload("/api/v1/shelters/import", "admin", workbook("避难场所", List.of(List.of("名称", "面积")))), 422,
        "resources.import-columns");
    problem(upload("/api/v1/experts/import", "admin", workbook("专家", List.of(List.of("姓名", "电话", "爱好")))), 422,
        "resources.import-columns");
    problem(upload("/api/v1/experts/import", "admin", workbook("人员", List.of(EXPERT_HEADER))), 422,
        "resources.import-sheets");
  }

  @Test
  void experts_are_keyed_by_name_and_phone_and_a_reimport_of_the_export_changes_nothing() throws Exception {
    byte[] bytes = workbook("专家", List.of(EXPERT_HEADER, List.of("导入专家甲", "地质灾害", "区规划自然资源局", "高级工程师",
        "13900002222", VILLAGE)));
    upload("/api/v1/experts/import", "shuangjiang", bytes).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
    upload("/api/v1/experts/import", "shuangjiang", bytes).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
    long before = count("select count(*) from resources_expert");
    upload("/api/v1/experts/import", "admin", export("/api/v1/experts/export.xlsx", "admin")).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0));
    assertThat(count("select count(*) from resources_expert")).isEqualTo(before);
    assertThat(count("select count(*) from resources_expert where name = '导入专家甲'")).isEqualTo(1);
  }

  @Test
  void an_expert_row_outside_the_officers_town_is_refused_and_nothing_is_written() throws Exception {
    long before = count("select count(*) from resources_expert");
    byte[] bytes = workbook("专家", List.of(EXPERT_HEADER, List.of("导入专家乙", "防汛", "", "", "13900003333", VILLAGE),
        List.of("导入专家丙", "防汛", "", "", "", BOZI)));
    problem(upload("/api/v1/experts/import", "shuangjiang", bytes), 422, "resources.import-rows");
    upload("/api/v1/experts/import", "shuangjiang", bytes)
        .andExpect(jsonPath("$.rows[?(@.row == 3)].code", org.hamcrest.Matchers.hasItems("required", "area-out-of-scope")));
    assertThat(count("select count(*) from resources_expert")).isEqualTo(before);
  }
}
