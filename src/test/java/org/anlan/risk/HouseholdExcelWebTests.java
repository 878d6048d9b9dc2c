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

/** The households workbook: export, all-or-nothing import with per-row errors, and re-import that updates. */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdExcelWebTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ResultActions upload(String url, String user, byte[] workbook) throws Exception {
    return mvc.perform(multipart(url).file(new MockMultipartFile("file", "h.xlsx", "application/octet-stream", workbook))
        .with(httpBasic(user, "test-password-1")));
  }

  long zoneIn(String prefix) {
    return jdbc.sql("select min(id) from risk_zone where area_code like :p").param("p", prefix + "%").query(Long.class).single();
  }

  String code(long zone) {
    return jdbc.sql("select code from risk_zone where id = :id").param("id", zone).query(String.class).single();
  }

  long households(long zone) {
    return jdbc.sql("select count(*) from risk_household where zone_id = :id").param("id", zone).query(Long.class).single();
  }

  @Test
  void an_export_reimported_changes_nothing_and_new_rows_are_added_once() throws Exception {
    long zone = zoneIn("500152110");
    long before = households(zone);
    byte[] exported = mvc.perform(get("/api/v1/danger-zones/" + zone + "/households.xlsx").with(httpBasic("shuangjiang", "test-password-1")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    upload("/api/v1/danger-zones/" + zone + "/households.xlsx", "shuangjiang", exported).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value((int) before));
    byte[] added = HouseholdSheet.write(List.<String[]>of(
        new String[] {code(zone), "新户主", "3", "023-45678901", "新地址", null, "新老人", "独居老人", null, null},
        new String[] {code(zone), "新户主", "3", "023-45678901", null, null, "新孩子", "CHILD_ALONE", null, null}));
    upload("/api/v1/danger-zones/" + zone + "/households.xlsx", "shuangjiang", added).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.vulnerable").value(2));
    upload("/api/v1/danger-zones/" + zone + "/households.xlsx", "shuangjiang", added).andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
    assertThat(households(zone)).isEqualTo(before + 1);
  }

  @Test
  void a_workbook_with_bad_rows_imports_nothing_and_names_each_row() throws Exception {
    long zone = zoneIn("500152110");
    long before = households(zone);
    byte[] bad = HouseholdSheet.write(List.<String[]>of(
        new String[] {code(zone), "好户", "3", "13900000001", null, null, null, null, null, null},
        new String[] {"NO-SUCH", "坏户", "0", "12345", null, null, "某人", "外星人", "999999", null}));
    upload("/api/v1/danger-zones/households.xlsx", "admin", bad).andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("risk.import-rows"))
        .andExpect(jsonPath("$.rows[0].row").value(3))
        .andExpect(jsonPath("$.rows[*].code").value(org.hamcrest.Matchers.hasItems("zone-unknown", "members-invalid",
            "phone-invalid", "kind-unknown", "helper-unknown")))
        .andExpect(jsonPath("$.rows[0].message").isNotEmpty());
    assertThat(households(zone)).isEqualTo(before);
    upload("/api/v1/danger-zones/households.xlsx", "admin", "not a workbook".getBytes()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("risk.import-file-invalid"));
  }

  @Test
  void a_town_officer_cannot_import_into_another_town_and_the_leader_cannot_import() throws Exception {
    long baizi = zoneIn("500152113");
    byte[] rows = HouseholdSheet.write(List.<String[]>of(new String[] {code(baizi), "越权户", "2", "13900000002", null, null, null, null, null, null}));
    upload("/api/v1/danger-zones/households.xlsx", "shuangjiang", rows).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("access.out-of-scope"));
    upload("/api/v1/danger-zones/households.xlsx", "leader", rows).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("access.read-only"));
    try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get("/api/v1/danger-zones/households-template.xlsx")
        .with(httpBasic("duty", "test-password-1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))) {
      assertThat(template.getSheet(HouseholdSheet.SHEET).getRow(0).getCell(0).getStringCellValue()).isEqualTo("隐患点编号");
    }
  }
}
