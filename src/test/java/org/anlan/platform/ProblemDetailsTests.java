package org.anlan.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every error is problem+json with a stable code, in zh-CN by default and English on request. */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemDetailsTests {

  static final String PASSWORD = "test-password-1";
  static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired MockMvc mvc;

  @Test
  void anAnonymousApiCallGets401ProblemNotARedirect() throws Exception {
    mvc.perform(get("/api/v1/areas"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.code").value("auth.required"))
        .andExpect(jsonPath("$.title").value("需要登录"));
  }

  @Test
  void anAnonymousBrowserIsSentToTheLoginPage() throws Exception {
    mvc.perform(get("/").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    mvc.perform(get("/login")).andExpect(status().isOk());
  }

  @Test
  void aWrongPasswordIs401Problem() throws Exception {
    mvc.perform(get("/api/v1/me").with(httpBasic("duty", "wrong-password")).header("Accept-Language", "en"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value("Please log in (form login, HTTP Basic or a personal API token)."));
  }

  @Test
  void malformedJsonIs400Problem() throws Exception {
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.code").value("request.malformed"));
  }

  @Test
  void invalidFieldsAreListed() throws Exception {
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"a b\",\"displayName\":\"\",\"password\":\"x\",\"roles\":[],\"scope\":\"500152000000\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("request.invalid"))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("username", "displayName", "roles")));
  }

  @Test
  void aTenMegabyteBodyIsRefusedBeforeItIsRead() throws Exception {
    String huge = "x".repeat(10 * 1024 * 1024);
    mvc.perform(post("/api/v1/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"huge\",\"displayName\":\"" + huge + "\",\"password\":\"long-enough\",\"roles\":[\"DUTY_OFFICER\"],\"scope\":\"500152000000\"}"))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.code").value("request.too-large"));
    mvc.perform(get("/api/v1/users").with(httpBasic("admin", PASSWORD)))
        .andExpect(jsonPath("$[?(@.username == 'huge')]").isEmpty());
  }

  @Test
  void anUnknownPathAndAWrongMethodAreProblemsToo() throws Exception {
    mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("resource.not-found"));
    mvc.perform(delete("/api/v1/areas").with(httpBasic("admin", PASSWORD)))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(jsonPath("$.code").value("request.method-not-allowed"));
  }

  @Test
  void aRoleThatMayNotIs403Problem() throws Exception {
    mvc.perform(get("/api/v1/audit").with(httpBasic("duty", PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.code").value("access.denied"));
  }

  @Test
  void aSessionWriteWithoutTheCsrfTokenIsRefused() throws Exception {
    var session = new org.springframework.mock.web.MockHttpSession();
    mvc.perform(post("/login").param("username", "duty").param("password", PASSWORD).session(session).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/"));
    mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.username").value("duty"));
    mvc.perform(put("/api/v1/users/1/password").session(session).contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"whatever-1\"}"))
        .andExpect(status().isForbidden());
  }
}
