package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
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

/** Excel template, export and import of danger zones: by code, points or polygons, all rows or none, within scope. */
@SpringBootTest
@AutoConfigureMockMvc
class DangerZoneExcelWebTests {

  static final String PASSWORD = "test-password-1";
  static final String VILLAGE = "500152110001";
  static final String BOZI = "500152113000";
  static final String POLYGON = "POLYGON ((105.743 30.218, 105.745 30.218, 105.745 30.220, 105.743 30.220, 105.743 30.218))";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static List<String> point(String code, String area) {
    return List.of(code, "导入隐患点" + code, "滑坡", "105.7434", "30.2190", "", area, "", "12.5", "在册", "");
  }

  ResultActions upload(String user, byte[] bytes) throws Exception {
    return mvc.perform(multipart("/api/v1/danger-zones/import")
        .file(new MockMultipartFile("file", "x.xlsx", RiskExcelController.XLSX.toString(), bytes)).with(httpBasic(user, PASSWORD)));
  }

  long zones() {
    return jdbc.sql("select count(*) from risk_zone").query(Long.class).single();
  }

  @AfterEach
  void removeImported() {
    jdbc.sql("delete from risk_zone where code like 'XLS-%'").update();
  }

  @Test
  void zones_import_as_points_or_polygons_and_re_importing_the_export_only_updates() throws Exception {
    byte[] first = RiskWorkbook.write(RiskSheets.ZONES, RiskSheets.ZONE_COLUMNS, List.of(point("XLS-1", VILLAGE),
        List.of("XLS-2", "导入危险区", "山洪危险区", "", "", POLYGON, VILLAGE, "", "", "ACTIVE", "沿河")));
    upload("shuangjiang", first).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
    long before = zones();
    byte[] exported = mvc.perform(get("/api/v1/danger-zones/export.xlsx").with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    int rows;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      rows = wb.getSheet("隐患点").getLastRowNum();
    }
    upload("shuangjiang", exported).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(rows));
    assertThat(zones()).isEqualTo(before);
    assertThat(jdbc.sql("select kind from risk_zone where code = 'XLS-2'").query(String.class).single())
        .isEqualTo("FLASH_FLOOD_ZONE");
  }

  @Test
  void one_bad_row_among_good_ones_imports_nothing_and_an_officer_cannot_import_another_town() throws Exception {
    long before = zones();
    byte[] bytes = RiskWorkbook.write(RiskSheets.ZONES, RiskSheets.ZONE_COLUMNS, List.of(point("XLS-3", VILLAGE),
        List.of("XLS-4", "坏点", "火山", "", "", "", VILLAGE, "", "很多", "在册", ""), point("XLS-5", BOZI),
        List.of("XLS-6", "界外", "滑坡", "104.0", "30.0", "", VILLAGE, "", "", "在册", "")));
    upload("shuangjiang", bytes).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("risk.import-invalid"))
        .andExpect(jsonPath("$.rows[?(@.row == 3)].column", org.hamcrest.Matchers.hasItems("类型", "范围WKT", "财产损失万元")))
        .andExpect(jsonPath("$.rows[?(@.row == 4)].column", hasItem("区划代码")))
        .andExpect(jsonPath("$.rows[?(@.row == 5)].code", hasItem("risk.zone-outside")))
        .andExpect(jsonPath("$.rows[0].sheet").value("隐患点"));
    assertThat(zones()).isEqualTo(before);
    upload("leader", bytes).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access.read-only"));
  }

  @Test
  void a_wrong_header_is_refused_naming_the_columns() throws Exception {
    byte[] bytes = RiskWorkbook.write(RiskSheets.ZONES, List.of("编号", "名称", "面积"), List.of());
    upload("admin", bytes).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("risk.import-header"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("面积")));
  }
}
