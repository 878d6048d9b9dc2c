package org.anlan.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Health is public; the API description is public; metrics need a district admin. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

  @Autowired MockMvc mvc;

  @Test
  void healthIsUpWithoutLogin() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void theOpenApiDescriptionListsTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Anlan 安澜 API"))
        .andExpect(jsonPath("$.paths['/api/v1/areas']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/areas/{code}']").exists());
  }

  @Test
  void prometheusMetricsAreForDistrictAdmins() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "test-password-1")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    mvc.perform(get("/actuator/prometheus").with(httpBasic("duty", "test-password-1"))).andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
  }
}
