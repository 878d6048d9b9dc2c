package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The warnings API end to end over HTTP: lifecycle, scope, approval policy, CAP export, import and the Atom feed. */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.test.context.event.RecordApplicationEvents
class WarningWebTests {

  static final String PASSWORD = "test-password-1";
  static final MediaType CAP = MediaType.parseMediaType("application/cap+xml");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CapSchema schema;
  @Autowired org.springframework.test.context.event.ApplicationEvents events;

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  ResultActions importCap(String user, byte[] xml) throws Exception {
    return mvc.perform(post("/api/v1/warnings/cap").with(httpBasic(user, PASSWORD)).contentType(CAP).content(xml));
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  static String warning(String level, String area) {
    return """
        {"type": "RAINSTORM", "level": "%s", "title": "暴雨预警（测试）", "text": "未来 3 小时降雨将达 50 毫米以上。",
         "instructions": "远离河道。", "measures": ["EVACUATE", "BAN"], "areaCodes": ["%s"],
         "polygon": [[105.70, 30.20], [105.80, 30.20], [105.80, 30.30]],
         "effective": "2030-07-01T00:00:00Z", "expires": "2099-07-01T06:00:00Z", "titleEn": "Rainstorm warning"}"""
        .formatted(level, area);
  }

  long create(String user, String level, String area) throws Exception {
    String body = send(post("/api/v1/warnings"), user, warning(level, area)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  String cap(long id, String user) throws Exception {
    String xml = call(get("/api/v1/warnings/" + id + "/cap"), user).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(CAP)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(schema.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    return xml;
  }

  @Test
  void a_warning_is_drafted_submitted_approved_updated_and_lifted_with_valid_cap_at_each_step() throws Exception {
    long id = create("shuangjiang", "ORANGE", "500152110000");
    assertThat(cap(id, "shuangjiang")).contains("<status>Draft</status>");
    send(post("/api/v1/warnings/" + id + "/submit"), "shuangjiang", "").andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
    problem(call(post("/api/v1/warnings/" + id + "/approve"), "duty"), 403, "warning.approval-not-allowed");
    call(post("/api/v1/warnings/" + id + "/approve"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ISSUED")).andExpect(jsonPath("$.approvedBy").value("admin"));
    String issued = cap(id, "shuangjiang");
    assertThat(issued).contains("<msgType>Alert</msgType>", "<severity>Severe</severity>", "<language>en-US</language>",
        "<value>500152110000</value>", "<polygon>30.2,105.7 30.2,105.8 30.3,105.8 30.2,105.7</polygon>");
    problem(send(post("/api/v1/warnings/" + id + "/update"), "admin", warning("RED", "500152110000")), 403, "warning.approval-not-allowed");
    send(post("/api/v1/warnings/" + id + "/update"), "leader", warning("RED", "500152110000")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UPDATED")).andExpect(jsonPath("$.level").value("RED"));
    assertThat(cap(id, "admin")).contains("<msgType>Update</msgType>", "<references>", "<severity>Extreme</severity>");
    problem(send(post("/api/v1/warnings/" + id + "/lift"), "shuangjiang", "{\"reason\": \"雨停\"}"), 403, "warning.approval-not-allowed");
    send(post("/api/v1/warnings/" + id + "/lift"), "leader", "{\"reason\": \"雨停\"}").andExpect(jsonPath("$.status").value("LIFTED"));
    assertThat(cap(id, "admin")).contains("<msgType>Cancel</msgType>", "<note>雨停</note>");
    problem(send(post("/api/v1/warnings/" + id + "/lift"), "leader", "{}"), 409, "warning.status-invalid");
    assertThat(jdbc.sql("select action from platform_audit_log where entity_type = 'warning.warning' and entity_id = :id order by id")
        .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("create", "submit", "issue", "update", "lift");
    assertThat(events.stream(WarningIssued.class).filter(e -> e.warningId() == id)).hasSize(1);
    assertThat(events.stream(WarningUpdated.class).filter(e -> e.warningId() == id))
        .singleElement().satisfies(e -> assertThat(e.previousLevel()).isEqualTo(WarningLevel.ORANGE));
    assertThat(events.stream(WarningLifted.class).filter(e -> e.warningId() == id)).hasSize(1);
  }

  @Test
  void a_draft_or_a_warning_awaiting_approval_is_discarded_with_a_reason_and_stays_read_only() throws Exception {
    long draft = create("shuangjiang", "ORANGE", "500152110000");
    problem(send(post("/api/v1/warnings/" + draft + "/discard"), "baizi", "{}"), 403, "access.out-of-scope");
    problem(send(post("/api/v1/warnings/" + draft + "/discard"), "shuangjiang", "{\"reason\": \"%s\"}".formatted("长".repeat(501))),
        422, "warning.reason-too-long");
    send(post("/api/v1/warnings/" + draft + "/discard"), "shuangjiang", "{\"reason\": \" 误报：雨量计堵塞 \"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCARDED"))
        .andExpect(jsonPath("$.discardedBy").value("shuangjiang")).andExpect(jsonPath("$.discardReason").value("误报：雨量计堵塞"));
    problem(send(post("/api/v1/warnings/" + draft + "/submit"), "shuangjiang", ""), 409, "warning.status-invalid");
    problem(send(put("/api/v1/warnings/" + draft), "shuangjiang", warning("RED", "500152110000")), 409, "warning.status-invalid");
    problem(send(post("/api/v1/warnings/" + draft + "/discard"), "shuangjiang", "{}"), 409, "warning.status-invalid");
    assertThat(cap(draft, "shuangjiang")).contains("<status>Draft</status>");
    call(get("/api/v1/warnings").param("status", "DISCARDED"), "shuangjiang")
        .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem((int) draft)));

    // awaiting approval: an approver of its level discards it (the writer who submitted it may not)
    long submitted = create("shuangjiang", "ORANGE", "500152110000");
    send(post("/api/v1/warnings/" + submitted + "/submit"), "shuangjiang", "").andExpect(status().isOk());
    problem(send(post("/api/v1/warnings/" + submitted + "/discard"), "duty", "{}"), 403, "warning.approval-not-allowed");
    send(post("/api/v1/warnings/" + submitted + "/discard"), "admin", "{\"reason\": \"重复\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DISCARDED")).andExpect(jsonPath("$.discardedBy").value("admin"));

    // issued: lift it, not discard
    long issued = create("admin", "BLUE", "500152110000");
    call(post("/api/v1/warnings/" + issued + "/submit"), "admin").andExpect(status().isOk());
    call(post("/api/v1/warnings/" + issued + "/approve"), "admin").andExpect(status().isOk());
    problem(send(post("/api/v1/warnings/" + issued + "/discard"), "admin", "{}"), 409, "warning.status-invalid");
    problem(send(post("/api/v1/warnings/" + issued + "/lift"), "admin", "{\"reason\": \"%s\"}".formatted("长".repeat(1001))),
        422, "warning.reason-too-long");

    assertThat(jdbc.sql("select action from platform_audit_log where entity_type = 'warning.warning' and entity_id = :id order by id")
        .param("id", String.valueOf(draft)).query(String.class).list()).containsExactly("create", "discard");
  }

  @Test
  void another_towns_warning_is_out_of_scope_and_a_leader_cannot_draft() throws Exception {
    long id = create("shuangjiang", "BLUE", "500152110000");
    problem(call(get("/api/v1/warnings/" + id), "baizi"), 403, "access.out-of-scope");
    problem(call(get("/api/v1/warnings/" + id + "/cap"), "baizi"), 403, "access.out-of-scope");
    problem(call(post("/api/v1/warnings/" + id + "/submit"), "baizi"), 403, "access.out-of-scope");
    call(get("/api/v1/warnings"), "baizi").andExpect(jsonPath("$[*].id", not(org.hamcrest.Matchers.hasItem((int) id))));
    problem(send(post("/api/v1/warnings"), "baizi", warning("BLUE", "500152110000")), 403, "access.out-of-scope");
    problem(send(post("/api/v1/warnings"), "leader", warning("BLUE", "500152110000")), 403, "access.read-only");
    problem(call(get("/api/v1/warnings/999999"), "admin"), 404, "warning.not-found");
    problem(send(post("/api/v1/warnings"), "admin", warning("BLUE", "500152110000").replace("\"areaCodes\": [\"500152110000\"],", "")
        .replace("\"polygon\": [[105.70, 30.20], [105.80, 30.20], [105.80, 30.30]],", "")), 422, "warning.area-missing");
  }

  @Test
  void each_cap_12_example_imports_and_can_be_adopted_once() throws Exception {
    for (String name : new String[] {"ca-environment-canada-thunderstorm.xml", "ca-environment-canada-snowfall-signed.xml",
        "oasis-spec-amber-alert.xml", "oasis-spec-dhs-homeland-security-advisory.xml", "oasis-spec-nws-severe-thunderstorm.xml"}) {
      byte[] xml = new ClassPathResource("warning/cap/" + name).getContentAsByteArray();
      var response = importCap("admin", xml).andReturn().getResponse();
      String body = response.getContentAsString(StandardCharsets.UTF_8);
      assertThat(response.getStatus()).as(name + " " + body).isEqualTo(201);
      assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("EXTERNAL");
      assertThat((String) JsonPath.read(body, "$.source")).isEqualTo("CAP");
      long id = ((Number) JsonPath.read(body, "$.id")).longValue();
      assertThat(call(get("/api/v1/warnings/" + id + "/cap"), "admin").andReturn().getResponse().getContentAsByteArray()).isEqualTo(xml);
      problem(importCap("admin", xml), 409, "warning.cap-duplicate");
      call(post("/api/v1/warnings/" + id + "/adopt"), "admin").andExpect(status().isCreated())
          .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.source").value("CAP"));
      problem(call(post("/api/v1/warnings/" + id + "/adopt"), "admin"), 409, "warning.already-adopted");
    }
  }

  @Test
  void cap_11_alerts_are_read_as_cap_12_and_served_as_such() throws Exception {
    for (String name : List.of("us-nws-flash-flood-watch.cap11.xml", "us-usgs-earthquake.cap11.xml")) {
      byte[] cap11 = new ClassPathResource("warning/cap/" + name).getContentAsByteArray();
      String body = importCap("admin", cap11).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("EXTERNAL"))
          .andReturn().getResponse().getContentAsString();
      long id = ((Number) JsonPath.read(body, "$.id")).longValue();
      String served = call(get("/api/v1/warnings/" + id + "/cap"), "admin").andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
      assertThat(served).contains(CapSchema.NS_12).doesNotContain(CapSchema.NS_11);
      assertThat(schema.validate(served.getBytes(StandardCharsets.UTF_8))).as(name).isEmpty();
      problem(importCap("admin", cap11), 409, "warning.cap-duplicate");
    }
    // 1.1's leftover certainty from 1.0 is read as 1.2's Likely, and a UTC time with a fraction as 1.2 writes it
    String veryLikely = new String(new ClassPathResource("warning/cap/us-usgs-earthquake.cap11.xml").getContentAsByteArray(),
        StandardCharsets.UTF_8).replace("<certainty>Likely</certainty>", "<certainty>Very Likely</certainty>")
        .replace("<identifier>", "<identifier>very-likely-")
        .replace("<sent>2010-08-31T00:09:25-05:00</sent>", "<sent>2010-08-31T05:09:25.496Z</sent>");
    assertThat(veryLikely).contains("Very Likely", "25.496Z");
    importCap("admin", veryLikely.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());
  }

  @Test
  void other_cap_versions_malformed_and_schema_invalid_messages_are_refused_with_reasons() throws Exception {
    long before = jdbc.sql("select count(*) from warning_warning").query(Long.class).single();
    byte[] cap10 = new String(new ClassPathResource("warning/cap/us-nws-flash-flood-watch.cap11.xml").getContentAsByteArray(),
        StandardCharsets.UTF_8).replace("urn:oasis:names:tc:emergency:cap:1.1", "http://www.incident.com/cap/1.0").getBytes(StandardCharsets.UTF_8);
    problem(importCap("admin", cap10), 422, "warning.cap-version");
    call(post("/api/v1/warnings/cap").contentType(CAP).content(cap10), "admin")
        .andExpect(jsonPath("$.detail", containsString("http://www.incident.com/cap/1.0")));
    // a CAP 1.1 alert that is not valid as 1.2 either: the 1.2 schema's errors
    String broken11 = new String(new ClassPathResource("warning/cap/us-usgs-earthquake.cap11.xml").getContentAsByteArray(),
        StandardCharsets.UTF_8).replace("<urgency>Past</urgency>", "<urgency>Soonish</urgency>");
    problem(importCap("admin", broken11.getBytes(StandardCharsets.UTF_8)), 422, "warning.cap-invalid");
    problem(importCap("admin", "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x".getBytes()), 422, "warning.cap-malformed");
    importCap("admin", "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x".getBytes())
        .andExpect(jsonPath("$.errors[0].line").value(1)).andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    String invalid = new String(new ClassPathResource("warning/cap/oasis-spec-nws-severe-thunderstorm.xml").getContentAsByteArray(),
        StandardCharsets.UTF_8).replace("<severity>Severe</severity>", "<severity>Red</severity>").replace("<scope>Public</scope>", "");
    problem(importCap("admin", invalid.getBytes(StandardCharsets.UTF_8)), 422, "warning.cap-invalid");
    importCap("admin", invalid.getBytes(StandardCharsets.UTF_8))
        .andExpect(jsonPath("$.errors.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
        .andExpect(jsonPath("$.errors[0].line").isNumber()).andExpect(jsonPath("$.errors[0].column").isNumber());
    problem(importCap("admin", "<!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><alert>&x;</alert>".getBytes()), 422, "warning.cap-malformed");
    assertThat(jdbc.sql("select count(*) from warning_warning").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void the_atom_feed_is_public_and_lists_only_active_warnings() throws Exception {
    long draft = create("admin", "BLUE", "500152110000");
    long active = create("admin", "BLUE", "500152113000");
    call(post("/api/v1/warnings/" + active + "/submit"), "admin").andExpect(status().isOk());
    call(post("/api/v1/warnings/" + active + "/approve"), "duty").andExpect(status().isOk());
    long lifted = create("admin", "YELLOW", "500152113000");
    call(post("/api/v1/warnings/" + lifted + "/submit"), "admin").andExpect(status().isOk());
    call(post("/api/v1/warnings/" + lifted + "/approve"), "duty").andExpect(status().isOk());
    call(post("/api/v1/warnings/" + lifted + "/lift"), "duty").andExpect(status().isOk());
    String feed = mvc.perform(get("/feeds/warnings.atom")).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_ATOM_XML))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(feed).contains("/feeds/warnings/" + active + "/cap").doesNotContain("/feeds/warnings/" + draft + "/cap")
        .doesNotContain("/feeds/warnings/" + lifted + "/cap");
    String publicCap = mvc.perform(get("/feeds/warnings/" + active + "/cap")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(schema.validate(publicCap.getBytes(StandardCharsets.UTF_8))).isEmpty();
    problem(mvc.perform(get("/feeds/warnings/" + draft + "/cap")), 404, "warning.not-found");
  }
}
