package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The danger zones HTTP API: scope, audit, households with one-to-one helpers, nearest shelters and the map layer. */
@SpringBootTest
@AutoConfigureMockMvc
class DangerZoneWebTests {

  static final String PASSWORD = "test-password-1";
  static final String SHUANGJIANG_VILLAGE = "500152110001";
  static final String BAIZI = "500152113000";
  static final String POINT = "POINT (105.7434 30.219)";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  static String zone(String code, String area, String wkt) {
    return """
        {"code": "%s", "name": "测试滑坡", "kind": "LANDSLIDE", "geometryWkt": "%s", "areaCode": "%s",
         "propertyWan": 600, "status": "ACTIVE"}""".formatted(code, wkt, area);
  }

  static String household(String head, String phone, Long helper) {
    return """
        {"headName": "%s", "members": 4, "phone": "%s", "address": "测试地址",
         "vulnerable": [{"name": "独居老人甲", "kind": "ELDERLY_ALONE", "helperPersonId": %s}]}""".formatted(head, phone, helper);
  }

  long zones() {
    return jdbc.sql("select count(*) from risk_zone").query(Long.class).single();
  }

  long personIn(String areaPrefix) {
    return jdbc.sql("select min(id) from directory_person where area_code like :p").param("p", areaPrefix + "%").query(Long.class).single();
  }

  @Test
  void the_demo_has_about_sixty_zones_and_three_thousand_households_some_vulnerable_people_left_unpaired() {
    assertThat(zones()).isBetween(55L, 65L);
    assertThat(jdbc.sql("select count(*) from risk_household").query(Long.class).single()).isBetween(2500L, 3500L);
    assertThat(jdbc.sql("select count(*) from risk_household_vulnerable where helper_person_id is null").query(Long.class).single())
        .isPositive();
  }

  @Test
  void the_list_defaults_to_the_callers_scope_and_refuses_an_area_outside_it() throws Exception {
    read(get("/api/v1/danger-zones"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].areaCode", everyItem(startsWith("500152110"))));
    problem(read(get("/api/v1/danger-zones").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
    problem(read(get("/api/v1/risk/layers/danger-zones.geojson").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
    problem(read(get("/api/v1/vulnerable-people").param("area", BAIZI), "shuangjiang"), 403, "access.out-of-scope");
    long baiziZone = jdbc.sql("select min(id) from risk_zone where area_code like '500152113%'").query(Long.class).single();
    problem(read(get("/api/v1/danger-zones/" + baiziZone), "shuangjiang"), 403, "access.out-of-scope");
  }

  @Test
  void a_zone_is_created_audited_given_households_with_a_helper_and_deleted() throws Exception {
    long audits = jdbc.sql("select count(*) from platform_audit_log").query(Long.class).single();
    String body = send(post("/api/v1/danger-zones"), "shuangjiang", zone("T-1", SHUANGJIANG_VILLAGE, POINT))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.threatLevel").value("MEDIUM"))
        .andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    long helper = personIn("500152110");
    send(post("/api/v1/danger-zones/" + id + "/households"), "shuangjiang", household("测试户主", "19900019999", helper))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.vulnerable[0].helperPersonId").value(helper));
    problem(send(post("/api/v1/danger-zones/" + id + "/households"), "shuangjiang", household("测试户主", "19900019999", null)),
        409, "risk.household-duplicate");
    problem(send(post("/api/v1/danger-zones/" + id + "/households"), "shuangjiang", household("二号户", "19900019998", 999999L)),
        422, "risk.helper-unknown");
    read(get("/api/v1/danger-zones/" + id), "duty").andExpect(status().isOk())
        .andExpect(jsonPath("$.zone.households").value(1)).andExpect(jsonPath("$.zone.people").value(4))
        .andExpect(jsonPath("$.households[0].vulnerable[0].helperName").isNotEmpty())
        .andExpect(jsonPath("$.responsible", hasSize(2)));
    read(get("/api/v1/danger-zones/" + id + "/nearest-shelters").param("k", "3"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(3))).andExpect(jsonPath("$[0].distanceMetres").isNumber());
    assertThat(jdbc.sql("select count(*) from platform_audit_log").query(Long.class).single()).isEqualTo(audits + 2);
    read(delete("/api/v1/danger-zones/" + id), "shuangjiang").andExpect(status().isNoContent());
    problem(read(get("/api/v1/danger-zones/" + id), "admin"), 404, "risk.zone-not-found");
  }

  @Test
  void a_helper_helps_at_most_three_vulnerable_people() throws Exception {
    String body = send(post("/api/v1/danger-zones"), "admin", zone("T-2", SHUANGJIANG_VILLAGE, POINT))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    long helper = jdbc.sql("""
        select min(id) from directory_person where area_code like '500152110%'
        and id not in (select helper_person_id from risk_household_vulnerable where helper_person_id is not null)""")
        .query(Long.class).single();
    for (int i = 0; i < 3; i++) {
      send(post("/api/v1/danger-zones/" + id + "/households"), "admin", household("户" + i, "1990001888" + i, helper))
          .andExpect(status().isCreated());
    }
    problem(send(post("/api/v1/danger-zones/" + id + "/households"), "admin", household("户9", "19900018889", helper)),
        422, "risk.helper-full");
    read(delete("/api/v1/danger-zones/" + id), "admin").andExpect(status().isNoContent());
  }

  @Test
  void zones_are_refused_outside_the_district_or_scope_or_to_the_read_only_leader() throws Exception {
    long before = zones();
    problem(send(post("/api/v1/danger-zones"), "admin", zone("T-3", SHUANGJIANG_VILLAGE, "POINT (116.4 39.9)")), 422, "risk.zone-outside");
    problem(send(post("/api/v1/danger-zones"), "admin", zone("T-3", SHUANGJIANG_VILLAGE, "LINESTRING (105.74 30.21, 105.75 30.22)")),
        422, "risk.zone-shape");
    problem(send(post("/api/v1/danger-zones"), "admin", zone("T-3", SHUANGJIANG_VILLAGE, "POINT (")), 422, "geo.shape-invalid");
    problem(send(post("/api/v1/danger-zones"), "admin", zone("T-3", "500152000000", POINT)), 422, "risk.zone-area-level");
    problem(send(post("/api/v1/danger-zones"), "shuangjiang", zone("T-3", "500152113001", POINT)), 403, "access.out-of-scope");
    problem(send(post("/api/v1/danger-zones"), "leader", zone("T-3", SHUANGJIANG_VILLAGE, POINT)), 403, "access.read-only");
    String taken = jdbc.sql("select min(code) from risk_zone").query(String.class).single();
    problem(send(post("/api/v1/danger-zones"), "admin", zone(taken, SHUANGJIANG_VILLAGE, POINT)), 409, "risk.zone-code-taken");
    problem(send(post("/api/v1/danger-zones"), "admin", zone("T-3", SHUANGJIANG_VILLAGE, POINT).replace("测试滑坡", "")), 400, "request.invalid");
    assertThat(zones()).isEqualTo(before);
  }

  @Test
  void the_map_layer_and_the_unpaired_list_stay_in_scope() throws Exception {
    read(get("/api/v1/risk/layers/danger-zones.geojson"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features[*].properties.areaCode", everyItem(startsWith("500152110"))))
        .andExpect(jsonPath("$.features[0].properties.households").isNumber());
    read(get("/api/v1/vulnerable-people").param("unpaired", "true"), "duty").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].helperPersonId", everyItem(nullValue())));
    long vulnerable = jdbc.sql("select min(id) from risk_household_vulnerable").query(Long.class).single();
    problem(send(put("/api/v1/vulnerable-people/" + vulnerable + "/helper"), "admin", "{\"personId\": 999999}"), 422, "risk.helper-unknown");
  }
}
