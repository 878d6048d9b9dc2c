package org.anlan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityApiTests {

  static final String PASSWORD = "test-password-1";

  @Autowired MockMvc mvc;

  @Test
  void theDemoUsersExistWithTheirRolesAndScopes() throws Exception {
    mvc.perform(get("/api/v1/me").with(httpBasic("shuangjiang", PASSWORD)))
        .andExpect(jsonPath("$.roles[0]").value("TOWN_OFFICER"))
        .andExpect(jsonPath("$.scope").value("500152110000"))
        .andExpect(jsonPath("$.mayChange").value(true));
    mvc.perform(get("/api/v1/me").with(httpBasic("leader", PASSWORD)))
        .andExpect(jsonPath("$.mayChange").value(false));
  }

  @Test
  void demoUsersAreLinkedToTheDirectoryPersonWhoHoldsTheirRole() throws Exception {
    String me = mvc.perform(get("/api/v1/me").with(httpBasic("shuangjiang", PASSWORD))).andReturn().getResponse().getContentAsString();
    Integer personId = JsonPath.read(me, "$.personId");
    assertThat(personId).isNotNull();
    mvc.perform(get("/api/v1/responsible").param("area", "500152110000").param("role", "TOWN_EMERGENCY_OFFICER").with(httpBasic("admin", PASSWORD)))
        .andExpect(jsonPath("$.people[0].personId").value(personId));
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"ghost\",\"displayName\":\"x\",\"password\":\"long-enough\",\"roles\":[\"DUTY_OFFICER\"],\"scope\":\"500152000000\",\"personId\":999999}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("identity.person-unknown"));
  }

  @Test
  void anAdminCreatesAUserWhoCanThenLogInAndTheChangeIsAudited() throws Exception {
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"tangba\",\"displayName\":\"塘坝镇干部\",\"password\":\"tangba-pass\",\"roles\":[\"TOWN_OFFICER\"],\"scope\":\"500152115000\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.scope").value("500152115000"))
        .andExpect(jsonPath("$.passwordHash").doesNotExist());
    mvc.perform(get("/api/v1/me").with(httpBasic("tangba", "tangba-pass"))).andExpect(jsonPath("$.username").value("tangba"));
    mvc.perform(get("/api/v1/audit").param("entityType", "user").param("actor", "admin").with(httpBasic("admin", PASSWORD)))
        .andExpect(jsonPath("$[0].action").value("create"))
        .andExpect(jsonPath("$[0].after").value(org.hamcrest.Matchers.containsString("tangba")));
  }

  @Test
  void aDuplicateNameIsAConflictAndAWrongScopeBreaksARule() throws Exception {
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"duty\",\"displayName\":\"x\",\"password\":\"long-enough\",\"roles\":[\"DUTY_OFFICER\"],\"scope\":\"500152000000\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("identity.username-taken"));
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"wrongscope\",\"displayName\":\"x\",\"password\":\"long-enough\",\"roles\":[\"TOWN_OFFICER\"],\"scope\":\"500152000000\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("identity.scope-level-mismatch"));
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"nowhere\",\"displayName\":\"x\",\"password\":\"long-enough\",\"roles\":[\"DUTY_OFFICER\"],\"scope\":\"500152999999\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("area.not-found"));
  }

  @Test
  void onlyDistrictAdminsManageUsers() throws Exception {
    for (String user : new String[] {"duty", "leader", "water", "shuangjiang", "shuangjiang-wuli"}) {
      mvc.perform(get("/api/v1/users").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
    }
  }

  @Test
  void aPersonalTokenWorksUntilItIsRevokedAndIsStoredOnlyAsAHash() throws Exception {
    String created = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("duty", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"script\",\"validDays\":30}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String token = JsonPath.read(created, "$.token");
    Integer id = JsonPath.read(created, "$.id");
    assertThat(token).startsWith("anl_");
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(jsonPath("$.username").value("duty"));
    mvc.perform(get("/api/v1/me/tokens").with(httpBasic("duty", PASSWORD)))
        .andExpect(jsonPath("$[0].token").doesNotExist())
        .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());
    mvc.perform(delete("/api/v1/me/tokens/" + id).with(httpBasic("duty", PASSWORD))).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("auth.token-invalid"));
  }

  @Test
  void repeatedWrongPasswordsAreThrottled() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/me").with(httpBasic("mallory", "guess-" + i))).andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/me").with(httpBasic("mallory", "guess-6")))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.code").value("auth.too-many-attempts"));
  }
}
