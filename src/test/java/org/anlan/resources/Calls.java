package org.anlan.resources;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests as a demo user, for the resources web tests. */
record Calls(MockMvc mvc) {

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, ResourcesWebTests.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, ResourcesWebTests.PASSWORD)));
  }
}
