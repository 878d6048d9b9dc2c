package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * Server-side import progress through HTTP: an import posted with {@code X-Import-Id} reports done
 * with its row count (or refused) at {@code GET /api/v1/imports/{id}/progress}, to its owner only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdImportProgressWebTests {

  static final String PASSWORD = "test-password-1";
  static final String HEAD = "进度测试户主";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void removeTestHouseholds() {
    jdbc.sql("delete from risk_household_vulnerable where household_id in (select id from risk_household where head_name like :h)")
        .param("h", HEAD + "%").update();
    jdbc.sql("delete from risk_household where head_name like :h").param("h", HEAD + "%").update();
  }

  ResultActions upload(String user, String importId, byte[] workbook) throws Exception {
    return mvc.perform(multipart("/api/v1/danger-zones/households.xlsx")
        .file(new MockMultipartFile("file", "h.xlsx", "application/octet-stream", workbook))
        .header("X-Import-Id", importId).with(httpBasic(user, PASSWORD)));
  }

  ResultActions progress(String user, String importId) throws Exception {
    return mvc.perform(get("/api/v1/imports/" + importId + "/progress").with(httpBasic(user, PASSWORD)));
  }

  byte[] households(int count, boolean lastBad) {
    List<String> zones = jdbc.sql("select code from risk_zone where area_code like '500152110%' order by code").query(String.class).list();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean bad = lastBad && i == count - 1;
      rows.add(new String[] {zones.get(i % zones.size()), HEAD + i, bad ? "0" : "3", String.format("1990003%04d", i), null, null,
          i % 10 == 0 ? "进度测试老人" + i : null, i % 10 == 0 ? "独居老人" : null, null, null});
    }
    return HouseholdSheet.write(rows);
  }

  long imported() {
    return jdbc.sql("select count(*) from risk_household where head_name like :h").param("h", HEAD + "%").query(Long.class).single();
  }

  @Test
  void aHouseholdsImportReportsDoneWithItsRowCountToItsOwnerOnly() throws Exception {
    String id = UUID.randomUUID().toString();
    upload("shuangjiang", id, households(120, false)).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(120));
    assertThat(imported()).isEqualTo(120);
    progress("shuangjiang", id).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.phase").value("DONE")).andExpect(jsonPath("$.done").value(120))
        .andExpect(jsonPath("$.total").value(120)).andExpect(jsonPath("$.percent").value(100));
    progress("baizi", id).andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("import.progress-not-found"));
    progress("admin", id).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("import.progress-not-found"));
  }

  @Test
  void aRefusedImportReportsRefusedWhereItStoppedAndStillAnswersWithEveryBadRow() throws Exception {
    String id = UUID.randomUUID().toString();
    upload("shuangjiang", id, households(30, true)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("risk.import-rows")).andExpect(jsonPath("$.rows[0].row").value(31));
    assertThat(imported()).isZero();
    progress("shuangjiang", id).andExpect(status().isOk()).andExpect(jsonPath("$.phase").value("REFUSED"))
        .andExpect(jsonPath("$.done").value(30)).andExpect(jsonPath("$.total").value(30)).andExpect(jsonPath("$.percent").value(100));
  }

  @Test
  void anUnknownOrMalformedIdIsNotFoundAndAMalformedHeaderIsRefusedBeforeImporting() throws Exception {
    progress("duty", UUID.randomUUID().toString()).andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("import.progress-not-found")).andExpect(jsonPath("$.detail").isNotEmpty());
    progress("duty", "bad id!").andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("import.progress-not-found"));
    upload("shuangjiang", "x".repeat(65), households(5, false)).andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("import.id-invalid"));
    assertThat(imported()).isZero();
    mvc.perform(get("/api/v1/imports/" + UUID.randomUUID() + "/progress")).andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("auth.required"));
  }

  @Test
  void anImportWithoutAnIdWorksAsBeforeAndOtherModulesImportsReportTheirGenericPhases() throws Exception {
    mvc.perform(multipart("/api/v1/danger-zones/households.xlsx").file(new MockMultipartFile("file", "h.xlsx",
        "application/octet-stream", households(3, false))).with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
    byte[] template = mvc.perform(get("/api/v1/experts/template.xlsx").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String id = UUID.randomUUID().toString();
    mvc.perform(multipart("/api/v1/experts/import").file(new MockMultipartFile("file", "e.xlsx", "application/octet-stream", template))
        .header("X-Import-Id", id).with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
    progress("admin", id).andExpect(status().isOk()).andExpect(jsonPath("$.phase").value("DONE")).andExpect(jsonPath("$.total").value(0));
    String missing = UUID.randomUUID().toString();
    mvc.perform(multipart("/api/v1/directory/import").header("X-Import-Id", missing).with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("directory.import-file-missing"));
    progress("admin", missing).andExpect(status().isOk()).andExpect(jsonPath("$.phase").value("REFUSED"));
  }
}
