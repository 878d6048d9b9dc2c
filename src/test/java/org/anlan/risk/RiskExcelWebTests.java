package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
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

/** Excel template, export and import of enterprises and hazard-bearing bodies: all rows or none, re-import updates. */
@SpringBootTest
@AutoConfigureMockMvc
class RiskExcelWebTests {

  static final String PASSWORD = "test-password-1";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String code(int n) {
    String first17 = "915001527%08d".formatted(n);
    return first17 + CreditCode.checkCharacter(first17);
  }

  static List<String> enterpriseRow(String name, String code, String area, String industry) {
    return List.of(name, code, industry, "导入路 1 号", "105.7434", "30.2190", area, "", "", "李四", "20", "在营");
  }

  ResultActions upload(String url, String user, byte[] bytes) throws Exception {
    return mvc.perform(multipart(url).file(new MockMultipartFile("file", "x.xlsx", RiskExcelController.XLSX.toString(), bytes))
        .with(httpBasic(user, PASSWORD)));
  }

  long enterprisesNamed(String prefix) {
    return jdbc.sql("select count(*) from risk_enterprise where name like :p").param("p", prefix + "%").query(Long.class).single();
  }

  @Test
  void the_template_and_the_export_are_workbooks_with_the_documented_columns() throws Exception {
    byte[] template = mvc.perform(get("/api/v1/enterprises/template.xlsx").with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(status().isOk()).andExpect(content().contentType(RiskExcelController.XLSX))
        .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(workbook.getSheet("企业").getRow(0).getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
    }
    byte[] export = mvc.perform(get("/api/v1/hazard-bearing-bodies/export.xlsx").with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      assertThat(workbook.getSheet("承灾体").getLastRowNum()).isGreaterThan(0);
      assertThat(workbook.getSheet("承灾体").getRow(1).getCell(4).getStringCellValue()).startsWith("500152110");
    }
  }

  @Test
  void an_import_creates_then_a_re_import_updates_by_credit_code() throws Exception {
    byte[] first = RiskWorkbook.write("企业", RiskSheets.ENTERPRISE_COLUMNS, List.of(
        enterpriseRow("导入甲企业", code(1), "500152110001", "危险化学品"),
        enterpriseRow("导入乙企业", code(2), "500152110000", "OIL_GAS")));
    upload("/api/v1/enterprises/import", "shuangjiang", first).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0));
    byte[] again = RiskWorkbook.write("企业", RiskSheets.ENTERPRISE_COLUMNS, List.of(
        enterpriseRow("导入甲企业（更名）", code(1), "500152110001", "工贸")));
    upload("/api/v1/enterprises/import", "shuangjiang", again).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
    assertThat(enterprisesNamed("导入甲企业")).isEqualTo(1);
    assertThat(jdbc.sql("select industry from risk_enterprise where credit_code = :c").param("c", code(1))
        .query(String.class).single()).isEqualTo("INDUSTRY_TRADE");
  }

  @Test
  void one_bad_row_refuses_the_whole_file_and_reports_every_bad_row() throws Exception {
    byte[] file = RiskWorkbook.write("企业", RiskSheets.ENTERPRISE_COLUMNS, List.of(
        enterpriseRow("导入丙企业", code(3), "500152110001", "危险化学品"),
        enterpriseRow("导入丁企业", "91350100M000100Y44", "500152110001", "危险化学品"),
        enterpriseRow("导入戊企业", code(5), "500152113000", "不存在的行业")));
    upload("/api/v1/enterprises/import", "shuangjiang", file).andExpect(status().is(422))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("risk.import-invalid"))
        .andExpect(jsonPath("$.rows[0].row").value(3)).andExpect(jsonPath("$.rows[0].code").value("risk.credit-code-invalid"))
        .andExpect(jsonPath("$.rows[1].row").value(4)).andExpect(jsonPath("$.rows[1].code").value("risk.row.value-invalid"))
        .andExpect(jsonPath("$.rows[0].message").isNotEmpty());
    assertThat(enterprisesNamed("导入丙企业")).isZero();
  }

  @Test
  void bodies_are_matched_by_name_and_area_and_a_leader_may_not_import() throws Exception {
    List<String> row = List.of("导入测试小学", "学校", "105.7434", "30.2190", "500152110001", "", "300", "", "");
    byte[] file = RiskWorkbook.write("承灾体", RiskSheets.BODY_COLUMNS, List.of(row));
    upload("/api/v1/hazard-bearing-bodies/import", "shuangjiang", file).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
    upload("/api/v1/hazard-bearing-bodies/import", "shuangjiang", file).andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
    upload("/api/v1/hazard-bearing-bodies/import", "leader", file).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("access.read-only"));
    upload("/api/v1/hazard-bearing-bodies/import", "shuangjiang", "not a workbook".getBytes()).andExpect(status().is(422))
        .andExpect(jsonPath("$.code").value("risk.import-unreadable"));
  }
}
