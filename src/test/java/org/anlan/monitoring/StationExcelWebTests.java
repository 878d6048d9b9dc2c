package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Excel template, export and all-or-nothing import of stations, through the HTTP API. */
@SpringBootTest
@AutoConfigureMockMvc
class StationExcelWebTests {

  static final String PASSWORD = "test-password-1";
  static final String SHUANGJIANG_VILLAGE = "500152110001";
  static final String BAIZI_VILLAGE = "500152113001";
  static final String LON = "105.7434";
  static final String LAT = "30.219";
  static final List<String> HEADER = List.of("站码", "站名", "类型", "经度", "纬度", "行政区划代码", "权属单位", "行业", "关联对象类型",
      "关联对象编号", "报送间隔(秒)", "状态", "备注");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /** Removes the stations the tests imported, through the API so the ingest catalogue forgets them too. */
  @AfterEach
  void removeImported() throws Exception {
    for (String code : jdbc.sql("select code from monitoring_station where code like 'XL-%'").query(String.class).list()) {
      as("admin", delete("/api/v1/stations/" + code)).andExpect(status().isNoContent());
    }
  }

  ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  ResultActions upload(String user, byte[] bytes) throws Exception {
    return as(user, importRequest(bytes));
  }

  static MockMultipartHttpServletRequestBuilder importRequest(byte[] bytes) {
    return multipart("/api/v1/stations/import").file(new MockMultipartFile("file", "stations.xlsx", StationExcelController.XLSX.toString(), bytes));
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status)).andExpect(jsonPath("$.code").value(code));
  }

  static List<String> row(String code, String name, String kind, String area) {
    return List.of(code, name, kind, LON, LAT, area, "区水利局", "", "", "", "3600", "运行", "");
  }

  /** A workbook with one sheet: the first row is the header. */
  static byte[] workbook(String sheetName, List<List<String>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(sheetName);
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

  static byte[] stations(List<List<String>> rows) throws Exception {
    List<List<String>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(rows);
    return workbook("监测站", all);
  }

  /** The cells of the sheet 监测站 as text, header first. */
  static List<List<String>> read(byte[] bytes) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheet("监测站");
      assertThat(sheet).as("sheet 监测站").isNotNull();
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

  long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  @Test
  void the_template_is_an_empty_sheet_with_the_columns_of_the_import() throws Exception {
    byte[] bytes = as("shuangjiang", get("/api/v1/stations/template.xlsx")).andExpect(status().isOk())
        .andExpect(content().contentType(StationExcelController.XLSX))
        .andExpect(header().string("Content-Disposition", startsWith("attachment")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(read(bytes)).containsExactly(HEADER);
  }

  @Test
  void an_exported_workbook_imported_again_updates_every_station_and_applies_a_changed_name() throws Exception {
    upload("shuangjiang", stations(List.of(row("XL-RAIN-1", "导入雨量站", "雨量站", SHUANGJIANG_VILLAGE),
        row("XL-LEVEL-1", "导入水位站", "level", SHUANGJIANG_VILLAGE)))).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0));
    as("shuangjiang", get("/api/v1/stations/XL-RAIN-1")).andExpect(jsonPath("$.kind").value("rain"))
        .andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.hasToken").value(true))
        .andExpect(jsonPath("$.sensors[*].code", containsInAnyOrder("rain")));
    long sensorId = count("select s.id from monitoring_sensor s join monitoring_station st on st.id = s.station_id where st.code = 'XL-RAIN-1'");

    List<List<String>> exported = read(as("shuangjiang", get("/api/v1/stations/export.xlsx")).andExpect(status().isOk())
        .andExpect(content().contentType(StationExcelController.XLSX)).andReturn().getResponse().getContentAsByteArray());
    assertThat(exported.get(0)).isEqualTo(HEADER);
    List<List<String>> data = new ArrayList<>(exported.subList(1, exported.size()));
    assertThat(data).allSatisfy(r -> assertThat(r.get(5)).startsWith("500152110"));
    assertThat(data).flatExtracting(r -> r).noneMatch(cell -> cell.startsWith("st_"));
    int rain = indexOf(data, "XL-RAIN-1");
    assertThat(data.get(rain)).containsExactly("XL-RAIN-1", "导入雨量站", "雨量站", LON, LAT, SHUANGJIANG_VILLAGE, "区水利局", "", "", "",
        "3600", "运行", "");
    List<String> changed = new ArrayList<>(data.get(rain));
    changed.set(1, "导入雨量站（改名）");
    changed.set(11, "维护");
    data.set(rain, changed);
    String demo = data.stream().map(r -> r.get(0)).filter(c -> !c.startsWith("XL-")).findFirst().orElseThrow();
    String demoBefore = summaryWithoutVersion(demo);

    long stations = count("select count(*) from monitoring_station");
    upload("shuangjiang", stations(data)).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(data.size()));
    assertThat(count("select count(*) from monitoring_station")).isEqualTo(stations);
    String after = as("shuangjiang", get("/api/v1/stations/XL-RAIN-1")).andExpect(jsonPath("$.name").value("导入雨量站（改名）"))
        .andExpect(jsonPath("$.status").value("MAINTENANCE")).andExpect(jsonPath("$.sensors", hasSize(1)))
        .andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<Number>read(after, "$.sensors[0].id").longValue()).as("the sensor is kept, not re-created").isEqualTo(sensorId);
    assertThat(summaryWithoutVersion(demo)).as("a demo station survives the round trip unchanged").isEqualTo(demoBefore);
    assertThat(count("select count(*) from platform_audit_log where entity_type = 'monitoring.station' and entity_id = 'XL-RAIN-1' and action = 'update'"))
        .isEqualTo(1);
  }

  private static int indexOf(List<List<String>> rows, String code) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).get(0).equals(code)) {
        return i;
      }
    }
    throw new AssertionError(code + " not exported");
  }

  private String summaryWithoutVersion(String code) throws Exception {
    String json = as("admin", get("/api/v1/stations/" + code)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return json.replaceAll("\"version\":\\d+", "");
  }

  @Test
  void a_workbook_with_bad_rows_imports_nothing_and_names_every_bad_cell() throws Exception {
    List<List<String>> rows = List.of(
        row("XL-GOOD-1", "导入好站", "rain", SHUANGJIANG_VILLAGE),
        row("XL-BAD-KIND", "导入坏类型", "火山站", SHUANGJIANG_VILLAGE),
        row("XL-BAD-AREA", "导入坏区划", "rain", "500152999999"),
        List.of("XL-OUTSIDE", "导入区外", "rain", "120.1", "30.2", SHUANGJIANG_VILLAGE, "", "", "", "", "3600", "", ""),
        row("XL-GOOD-1", "导入重复", "rain", SHUANGJIANG_VILLAGE),
        List.of("XL-INTERVAL", "导入坏间隔", "gas", LON, LAT, SHUANGJIANG_VILLAGE, "", "", "", "", "5", "退役", ""),
        List.of("坏 码", "", "rain", "east", LAT, SHUANGJIANG_VILLAGE, "", "", "", "", "", "运行", ""));
    long before = count("select count(*) from monitoring_station");
    String body = upload("shuangjiang", stations(rows)).andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("monitoring.import-rows")).andExpect(jsonPath("$.detail").value("有 10 处错误，未导入任何监测站。"))
        .andExpect(jsonPath("$.rows", hasSize(10))).andReturn().getResponse().getContentAsString();
    List<String> found = new ArrayList<>();
    List<Object> list = JsonPath.read(body, "$.rows");
    for (int i = 0; i < list.size(); i++) {
      found.add(JsonPath.read(body, "$.rows[" + i + "].row") + " " + JsonPath.read(body, "$.rows[" + i + "].column") + " "
          + JsonPath.read(body, "$.rows[" + i + "].code"));
    }
    assertThat(found).containsExactlyInAnyOrder("3 类型 kind-unknown", "4 行政区划代码 area-unknown", "5 经度 location-outside",
        "6 站码 duplicate", "7 报送间隔(秒) interval-invalid", "7 状态 status-unknown", "8 站码 code-invalid", "8 站名 required",
        "8 经度 number-invalid", "8 报送间隔(秒) required");
    assertThat(JsonPath.<List<String>>read(body, "$.rows[?(@.code == 'kind-unknown')].message")).singleElement().asString()
        .contains("火山站");
    assertThat(count("select count(*) from monitoring_station")).isEqualTo(before);
    assertThat(count("select count(*) from monitoring_station where code = 'XL-GOOD-1'")).isZero();

    mvc.perform(importRequest(stations(rows)).with(httpBasic("shuangjiang", PASSWORD)).header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.rows[?(@.code == 'interval-invalid')].message")
            .value(org.hamcrest.Matchers.hasItem("Reporting interval \"5\" is not valid: a whole number of seconds from 10 to 86400.")));
  }

  @Test
  void a_town_officer_importing_a_station_of_another_town_is_refused_whole() throws Exception {
    long before = count("select count(*) from monitoring_station");
    byte[] otherTown = stations(List.of(row("XL-OWN-1", "导入本镇站", "rain", SHUANGJIANG_VILLAGE),
        row("XL-BAIZI-1", "导入柏梓站", "rain", BAIZI_VILLAGE)));
    problem(upload("shuangjiang", otherTown), 403, "access.out-of-scope");
    assertThat(count("select count(*) from monitoring_station")).isEqualTo(before);

    upload("baizi", stations(List.of(row("XL-BAIZI-1", "导入柏梓站", "rain", BAIZI_VILLAGE)))).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    problem(upload("shuangjiang", stations(List.of(row("XL-BAIZI-1", "导入柏梓站搬到双江", "rain", SHUANGJIANG_VILLAGE)))), 403,
        "access.out-of-scope");
    as("baizi", get("/api/v1/stations/XL-BAIZI-1")).andExpect(jsonPath("$.areaCode").value(BAIZI_VILLAGE));

    problem(upload("leader", stations(List.of(row("XL-OWN-1", "导入本镇站", "rain", SHUANGJIANG_VILLAGE)))), 403, "access.read-only");
    problem(as("shuangjiang", get("/api/v1/stations/export.xlsx").param("area", "500152113000")), 403, "access.out-of-scope");
  }

  @Test
  void wrong_files_are_refused_with_what_is_wrong() throws Exception {
    problem(as("admin", multipart("/api/v1/stations/import")), 422, "monitoring.import-file-missing");
    problem(upload("admin", "not a workbook".getBytes()), 422, "monitoring.import-file-invalid");
    problem(upload("admin", workbook("站点", List.of(HEADER))), 422, "monitoring.import-sheets");
    upload("admin", workbook("监测站", List.of(List.of("站码", "站名", "颜色")))).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("monitoring.import-columns"))
        .andExpect(jsonPath("$.unknown[0]").value("颜色")).andExpect(jsonPath("$.missing", hasSize(HEADER.size() - 2)));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(stations(List.of()))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.getSheet("监测站").createRow(StationSheet.MAX_ROWS + 1).createCell(0).setCellValue("XL-LAST");
      wb.write(out);
      problem(upload("admin", out.toByteArray()), 422, "monitoring.import-too-large");
    }
  }

  @Test
  void an_imported_station_reports_readings_once_its_token_is_rotated_and_the_import_reports_progress() throws Exception {
    String importId = UUID.randomUUID().toString();
    as("shuangjiang", importRequest(stations(List.of(row("XL-HTTP-1", "导入接入站", "rain", SHUANGJIANG_VILLAGE))))
        .header("X-Import-Id", importId)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
    as("shuangjiang", get("/api/v1/imports/" + importId + "/progress")).andExpect(status().isOk())
        .andExpect(jsonPath("$.phase").value("DONE")).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.percent").value(100));

    String reading = "{\"readings\":[{\"station\":\"XL-HTTP-1\",\"sensor\":\"rain\",\"time\":\"%s\",\"value\":2.5}]}"
        .formatted(Instant.now().truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.ofHours(8)));
    problem(mvc.perform(post("/api/v1/readings").header("X-Station-Token", "st_guess").contentType(MediaType.APPLICATION_JSON)
        .content(reading)), 401, "monitoring.token-invalid");
    String issued = as("shuangjiang", post("/api/v1/stations/XL-HTTP-1/token")).andExpect(status().isOk())
        .andExpect(jsonPath("$.token", startsWith("st_"))).andReturn().getResponse().getContentAsString();
    mvc.perform(post("/api/v1/readings").header("X-Station-Token", JsonPath.<String>read(issued, "$.token"))
            .contentType(MediaType.APPLICATION_JSON).content(reading))
        .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
  }
}
