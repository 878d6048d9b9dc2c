package org.anlan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Template, export and the all-or-nothing import of a month of a roster, through the HTTP API. */
@SpringBootTest
@AutoConfigureMockMvc
class RosterExcelWebTests {

  static final String PASSWORD = "test-password-1";
  static final String DISTRICT = "500152000000";
  static final List<String> HEADER = List.of("区域代码", "岗位", "人员编号", "姓名", "手机号", "开始时间", "结束时间", "备注");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void removeTestShifts() {
    jdbc.sql("delete from duty_shift where starts_at >= ?").param(Instant.parse("2029-01-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC)).update();
  }

  ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  ResultActions upload(String user, String month, byte[] bytes) throws Exception {
    return as(user, multipart("/api/v1/duty/shifts/import").file(new MockMultipartFile("file", "roster.xlsx",
        RosterExcelController.XLSX.toString(), bytes)).param("area", DISTRICT).param("month", month));
  }

  List<Long> contacts() {
    return jdbc.sql("select id from directory_person where area_code = ? and position = '值班联系人' order by id desc").param(DISTRICT)
        .query(Long.class).list();
  }

  void create(long person, String from, String to) throws Exception {
    as("duty", post("/api/v1/duty/shifts").contentType(MediaType.APPLICATION_JSON).content("""
        {"areaCode":"%s","post":"OFFICER","personId":%d,"startsAt":"%s","endsAt":"%s"}""".formatted(DISTRICT, person, from, to)))
        .andExpect(status().isCreated());
  }

  static List<List<String>> read(byte[] bytes) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheet("值班表");
      assertThat(sheet).as("sheet 值班表").isNotNull();
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADER.size(); c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  static byte[] workbook(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("值班表");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  byte[] export(String month) throws Exception {
    return as("duty", get("/api/v1/duty/shifts/export.xlsx").param("area", DISTRICT).param("month", month)).andExpect(status().isOk())
        .andExpect(content().contentType(RosterExcelController.XLSX)).andReturn().getResponse().getContentAsByteArray();
  }

  long count() {
    return jdbc.sql("select count(*) from duty_shift where starts_at >= ?").param(Instant.parse("2029-01-01T00:00:00Z")
        .atOffset(java.time.ZoneOffset.UTC)).query(Long.class).single();
  }

  @Test
  void the_template_is_an_empty_sheet_with_the_columns_of_the_import() throws Exception {
    byte[] bytes = as("shuangjiang", get("/api/v1/duty/shifts/template.xlsx")).andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", startsWith("attachment"))).andReturn().getResponse().getContentAsByteArray();
    assertThat(read(bytes)).containsExactly(HEADER);
  }

  @Test
  void an_exported_month_imported_again_with_a_change_replaces_that_month_and_leaves_the_next_alone() throws Exception {
    List<Long> people = contacts();
    create(people.get(0), "2030-03-04T00:00:00Z", "2030-03-04T08:00:00Z");
    create(people.get(1), "2030-03-04T08:00:00Z", "2030-03-04T16:00:00Z");
    create(people.get(0), "2030-04-01T00:00:00Z", "2030-04-01T08:00:00Z");
    List<List<String>> rows = read(export("2030-03"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).containsExactly(DISTRICT, "值班员", String.valueOf(people.get(0)),
        jdbc.sql("select name from directory_person where id = ?").param(people.get(0)).query(String.class).single(),
        jdbc.sql("select mobile from directory_person where id = ?").param(people.get(0)).query(String.class).single(),
        "2030-03-04 08:00", "2030-03-04 16:00", "");
    List<List<String>> changed = new ArrayList<>(rows);
    List<String> second = new ArrayList<>(rows.get(2));
    second.set(1, "带班领导");
    second.set(2, "");
    second.set(7, "改为带班");
    changed.set(2, second);
    upload("duty", "2030-03", workbook(changed)).andExpect(status().isOk()).andExpect(jsonPath("$.removed").value(2))
        .andExpect(jsonPath("$.created").value(2));
    as("duty", get("/api/v1/duty/shifts").param("area", DISTRICT).param("from", "2030-03-04T00:00:00Z").param("to", "2030-03-05T00:00:00Z"))
        .andExpect(jsonPath("$", hasSize(2))).andExpect(jsonPath("$[1].post").value("LEADER")).andExpect(jsonPath("$[1].note").value("改为带班"));
    assertThat(read(export("2030-04"))).hasSize(2);
  }

  @Test
  void a_file_with_bad_rows_is_refused_whole_with_every_bad_cell() throws Exception {
    List<Long> people = contacts();
    create(people.get(0), "2030-03-04T00:00:00Z", "2030-03-04T08:00:00Z");
    String p = String.valueOf(people.get(1));
    byte[] bytes = workbook(List.of(HEADER,
        List.of(DISTRICT, "值班员", p, "", "", "2030-03-05 08:00", "2030-03-05 16:00", ""),
        List.of(DISTRICT, "值班员", p, "", "", "2030-03-05 12:00", "2030-03-05 20:00", ""),
        List.of(DISTRICT, "门卫", p, "张三", "", "2030-03-06 08:00", "明天", ""),
        List.of("500152110000", "值班员", "", "", "", "2030-04-01 08:00", "2030-04-01 10:00", "")));
    mvc.perform(multipart("/api/v1/duty/shifts/import").file(new MockMultipartFile("file", "roster.xlsx", RosterExcelController.XLSX.toString(), bytes))
            .param("area", DISTRICT).param("month", "2030-03").with(httpBasic("duty", PASSWORD)).header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("duty.import-rows"))
        .andExpect(jsonPath("$.rows[?(@.row == 3)].code", hasItem("shift-overlaps")))
        .andExpect(jsonPath("$.rows[?(@.row == 4)].code", hasItem("post-unknown")))
        .andExpect(jsonPath("$.rows[?(@.row == 4)].code", hasItem("name-mismatch")))
        .andExpect(jsonPath("$.rows[?(@.row == 4)].code", hasItem("time-invalid")))
        .andExpect(jsonPath("$.rows[?(@.row == 5)].code", hasItem("area-mismatch")))
        .andExpect(jsonPath("$.rows[?(@.row == 5)].code", hasItem("person-missing")))
        .andExpect(jsonPath("$.rows[?(@.row == 5)].code", hasItem("outside-month")));
    assertThat(count()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from duty_shift where starts_at = ?").param(Instant.parse("2030-03-04T00:00:00Z")
        .atOffset(java.time.ZoneOffset.UTC)).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void the_leader_and_a_town_officer_cannot_import_the_district_roster_and_a_wrong_file_is_refused() throws Exception {
    byte[] empty = workbook(List.of(HEADER));
    mvc.perform(multipart("/api/v1/duty/shifts/import").file(new MockMultipartFile("file", "r.xlsx", RosterExcelController.XLSX.toString(), empty))
        .param("area", DISTRICT).param("month", "2030-03").with(httpBasic("leader", PASSWORD))).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("access.read-only"));
    upload("shuangjiang", "2030-03", empty).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access.out-of-scope"));
    upload("duty", "2030-3x", empty).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("duty.month-invalid"));
    upload("duty", "2030-03", "not a workbook".getBytes()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("duty.import-file-invalid"));
  }
}
