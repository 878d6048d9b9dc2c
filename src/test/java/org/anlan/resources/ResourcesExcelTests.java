package org.anlan.resources;

import static org.anlan.resources.ResourcesWebTests.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Excel import and export of teams and warehouses: template, all or nothing with per-row errors, re-import updates. */
@SpringBootTest
@AutoConfigureMockMvc
class ResourcesExcelTests {

  static final String VILLAGE = ResourcesWebTests.SHUANGJIANG_VILLAGE;
  static final String LON = String.valueOf(ResourcesWebTests.LON);
  static final String LAT = String.valueOf(ResourcesWebTests.LAT);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static byte[] workbook(String sheet1, List<List<String>> rows1, String sheet2, List<List<String>> rows2) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(wb.createSheet(sheet1), rows1);
      fill(wb.createSheet(sheet2), rows2);
      wb.write(out);
      return out.toByteArray();
    }
  }

  static void fill(Sheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
  }

  ResultActions upload(String path, String user, byte[] bytes) throws Exception {
    return mvc.perform(multipart(path).file(new MockMultipartFile("file", "x.xlsx", ResourcesExcelController.XLSX.toString(), bytes))
        .with(httpBasic(user, ResourcesWebTests.PASSWORD)));
  }

  byte[] teams(String phone, String area) throws Exception {
    return workbook("队伍", List.of(List.of("名称", "类型", "区域代码", "经度", "纬度", "值班电话", "状态", "原因"),
            List.of("导入测试队", "社会救援力量", area, LON, LAT, phone, "待命", "")),
        "队员", List.of(List.of("队伍名称", "区域代码", "姓名", "电话", "技能", "证书"),
            List.of("导入测试队", area, "赵一", "13800001111", "水域救援、绳索救援", ""),
            List.of("导入测试队", area, "钱二", "", "医疗急救", "红十字救护员证")));
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void templates_have_the_sheets_and_columns_of_the_import() throws Exception {
    byte[] bytes = mvc.perform(get("/api/v1/teams/template.xlsx").with(httpBasic("duty", ResourcesWebTests.PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getSheet("队伍").getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
      assertThat(wb.getSheet("队员")).isNotNull();
    }
    mvc.perform(get("/api/v1/warehouses/template.xlsx").with(httpBasic("duty", ResourcesWebTests.PASSWORD)))
        .andExpect(status().isOk());
  }

  @Test
  void a_team_import_creates_then_updates_by_name_and_area_without_duplicating_members() throws Exception {
    upload("/api/v1/teams/import", "shuangjiang", teams("023-1", VILLAGE)).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.updated").value(0));
    upload("/api/v1/teams/import", "shuangjiang", teams("023-2", VILLAGE)).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
    assertThat(count("select count(*) from resources_team where name = '导入测试队'")).isEqualTo(1);
    assertThat(count("""
        select count(*) from resources_team_member m join resources_team t on t.id = m.team where t.name = '导入测试队'"""))
        .isEqualTo(2);
    assertThat(count("select count(*) from resources_team where name = '导入测试队' and duty_phone = '023-2'")).isEqualTo(1);
  }

  @Test
  void bad_rows_are_all_reported_and_nothing_is_imported() throws Exception {
    long before = count("select count(*) from resources_team");
    byte[] bytes = workbook("队伍", List.of(List.of("名称", "类型", "区域代码", "经度", "纬度", "值班电话", "状态", "原因"),
            List.of("好队", "专业队伍", VILLAGE, LON, LAT, "", "待命", ""),
            List.of("坏队", "飞行队", "500152113001", "106.9", LAT, "", "已出动", "")),
        "队员", List.of(List.of("队伍名称", "区域代码", "姓名", "电话", "技能", "证书"), List.of("无此队", VILLAGE, "孙三", "", "", "")));
    problem(upload("/api/v1/teams/import", "shuangjiang", bytes), 422, "resources.import-rows");
    upload("/api/v1/teams/import", "shuangjiang", bytes)
        .andExpect(jsonPath("$.rows[?(@.row == 3)].column", org.hamcrest.Matchers.hasItems("类型", "区域代码", "经度", "原因")))
        .andExpect(jsonPath("$.rows[?(@.sheet == '队员')].code", org.hamcrest.Matchers.hasItem("team-unknown")));
    assertThat(count("select count(*) from resources_team")).isEqualTo(before);
    problem(upload("/api/v1/teams/import", "leader", bytes), 403, "access.read-only");
    problem(upload("/api/v1/teams/import", "shuangjiang", "not excel".getBytes()), 422, "resources.import-file-invalid");
    problem(upload("/api/v1/warehouses/import", "shuangjiang", teams("1", VILLAGE)), 422, "resources.import-sheets");
  }

  @Test
  void a_warehouse_import_writes_opening_balances_once_and_adjusts_on_reimport() throws Exception {
    byte[] first = warehouses("40", "10");
    upload("/api/v1/warehouses/import", "shuangjiang", first).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.ledgerEntries").value(1));
    upload("/api/v1/warehouses/import", "shuangjiang", first).andExpect(status().isOk())
        .andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.ledgerEntries").value(0));
    upload("/api/v1/warehouses/import", "shuangjiang", warehouses("25", "30")).andExpect(jsonPath("$.ledgerEntries").value(1));
    long id = count("select id from resources_warehouse where name = '导入测试仓'");
    assertThat(count("select quantity from resources_stock where warehouse_id = " + id + " and item_code = 'QUILT'")).isEqualTo(25);
    assertThat(count("select minimum from resources_stock where warehouse_id = " + id + " and item_code = 'QUILT'")).isEqualTo(30);
    assertThat(count("select count(*) from resources_ledger where warehouse_id = " + id + " and kind = 'OUT'")).isEqualTo(1);
    byte[] exported = mvc.perform(get("/api/v1/warehouses/export.xlsx").with(httpBasic("shuangjiang", ResourcesWebTests.PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    upload("/api/v1/warehouses/import", "shuangjiang", exported).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.ledgerEntries").value(0));
  }

  static byte[] warehouses(String quantity, String minimum) throws Exception {
    return workbook("仓库", List.of(List.of("名称", "级别", "区域代码", "经度", "纬度", "地址", "管理员电话"),
            List.of("导入测试仓", "镇街级", "500152110000", LON, LAT, "", "")),
        "库存", List.of(List.of("仓库名称", "区域代码", "物资代码", "数量", "最低储备"),
            List.of("导入测试仓", "500152110000", "QUILT", quantity, minimum)));
  }
}
