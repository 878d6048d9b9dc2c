package org.anlan.resources;

import static org.anlan.resources.ResourcesWebTests.LAT;
import static org.anlan.resources.ResourcesWebTests.LON;
import static org.anlan.resources.ResourcesWebTests.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The rescue teams and experts HTTP API: scope, refusals with their problem body, status switch and nearest teams. */
@SpringBootTest
@AutoConfigureMockMvc
class TeamsWebTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  Calls web;

  @BeforeEach
  void calls() {
    web = new Calls(mvc);
  }

  static String team(String name, String area, double lon, double lat, String status, String reason, String skill) {
    return """
        {"name": "%s", "type": "TOWN_COMPREHENSIVE", "areaCode": "%s", "lon": %s, "lat": %s, "dutyPhone": "023-4455",
         "members": [{"name": "张一", "phone": "13800000001", "skills": ["%s", "医疗急救"]}, {"name": "李二", "skills": []}],
         "equipment": [{"name": "冲锋舟", "category": "水域救援", "quantity": 2, "status": "GOOD"}],
         "status": "%s", "statusReason": %s}"""
        .formatted(name, area, lon, lat, skill, status, reason == null ? "null" : "\"" + reason + "\"");
  }

  long teams() {
    return jdbc.sql("select count(*) from resources_team").query(Long.class).single();
  }

  ResultActions nearestTeams(String skill) throws Exception {
    return web.read(get("/api/v1/nearest").param("lon", String.valueOf(LON)).param("lat", String.valueOf(LAT))
        .param("kind", "team").param("k", "3").param("skill", skill), "shuangjiang");
  }

  @Test
  void a_town_officer_creates_a_team_with_members_and_sees_it_only_in_scope() throws Exception {
    String body = web.send(post("/api/v1/teams"), "shuangjiang",
            team("测试队甲", ResourcesWebTests.SHUANGJIANG_VILLAGE, LON, LAT, "STANDBY", null, "水域救援"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.members[0].skills[0]").value("水域救援"))
        .andExpect(jsonPath("$.equipment[0].quantity").value(2)).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    web.read(get("/api/v1/teams"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].areaCode", everyItem(startsWith("500152110")))).andExpect(jsonPath("$[*].id", hasItem((int) id)));
    problem(web.read(get("/api/v1/teams/" + id), "baizi"), 403, "access.out-of-scope");
    problem(web.read(get("/api/v1/teams").param("area", ResourcesWebTests.BAIZI), "shuangjiang"), 403, "access.out-of-scope");
    problem(web.send(post("/api/v1/teams"), "shuangjiang",
        team("测试队甲", ResourcesWebTests.SHUANGJIANG_VILLAGE, LON, LAT, "STANDBY", null, "破拆")), 409, "resources.name-taken");
    web.read(delete("/api/v1/teams/" + id), "shuangjiang").andExpect(status().isNoContent());
    problem(web.read(get("/api/v1/teams/" + id), "shuangjiang"), 404, "resources.team-not-found");
  }

  @Test
  void refused_team_writes_answer_a_problem_and_change_nothing() throws Exception {
    long before = teams();
    String ok = team("测试队乙", ResourcesWebTests.SHUANGJIANG_VILLAGE, LON, LAT, "STANDBY", null, "破拆");
    problem(web.send(post("/api/v1/teams"), "leader", ok), 403, "access.read-only");
    problem(web.send(post("/api/v1/teams"), "baizi", ok), 403, "access.out-of-scope");
    problem(web.send(post("/api/v1/teams"), "shuangjiang",
        team("测试队乙", ResourcesWebTests.SHUANGJIANG_VILLAGE, LON, LAT, "DEPLOYED", null, "破拆")), 422, "resources.status-reason-required");
    problem(web.send(post("/api/v1/teams"), "shuangjiang",
        team("测试队乙", ResourcesWebTests.SHUANGJIANG_VILLAGE, 106.5, 29.5, "STANDBY", null, "破拆")), 422, "resources.location-outside");
    problem(web.send(post("/api/v1/teams"), "shuangjiang", ok.replace("\"dutyPhone\"", "\"leaderPersonId\": 987654321, \"dutyPhone\"")),
        422, "resources.leader-unknown");
    problem(web.send(post("/api/v1/teams"), "shuangjiang", ok.replace("\"李二\"", "\"" + "长".repeat(51) + "\"")), 400, "request.invalid");
    assertThat(teams()).isEqualTo(before);
  }

  @Test
  void nearest_teams_are_those_on_standby_with_the_skill_and_follow_status_changes() throws Exception {
    String body = web.send(post("/api/v1/teams"), "shuangjiang",
            team("测试队丙", ResourcesWebTests.SHUANGJIANG_VILLAGE, LON, LAT, "STANDBY", null, "潜水搜救"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    nearestTeams("潜水搜救").andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].kind").value("TEAM")).andExpect(jsonPath("$[0].distanceMetres").value(0))
        .andExpect(jsonPath("$[0].free").value(2));
    problem(web.send(post("/api/v1/teams/" + id + "/status"), "shuangjiang", "{\"status\": \"DEPLOYED\"}"),
        422, "resources.status-reason-required");
    problem(web.send(post("/api/v1/teams/" + id + "/status"), "leader", "{\"status\": \"DEPLOYED\", \"reason\": \"x\"}"),
        403, "access.read-only");
    web.send(post("/api/v1/teams/" + id + "/status"), "shuangjiang", "{\"status\": \"DEPLOYED\", \"reason\": \"双江镇内涝救援\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPLOYED"))
        .andExpect(jsonPath("$.statusReason").value("双江镇内涝救援"));
    nearestTeams("潜水搜救").andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    web.send(post("/api/v1/teams/" + id + "/status"), "shuangjiang", "{\"status\": \"STANDBY\"}")
        .andExpect(jsonPath("$.statusReason").doesNotExist());
    nearestTeams("潜水搜救").andExpect(jsonPath("$[0].id").value(id));
    web.read(delete("/api/v1/teams/" + id), "shuangjiang").andExpect(status().isNoContent());
    nearestTeams("潜水搜救").andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
  }

  @Test
  void experts_are_created_listed_changed_and_deleted_within_scope() throws Exception {
    String json = """
        {"name": "王专家", "field": "地质灾害", "organisation": "测试单位", "phone": "13900000000", "areaCode": "500152110000"}""";
    problem(web.send(post("/api/v1/experts"), "leader", json), 403, "access.read-only");
    String body = web.send(post("/api/v1/experts"), "shuangjiang", json).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    web.read(get("/api/v1/experts").param("field", "地质灾害"), "shuangjiang").andExpect(jsonPath("$[*].id", hasItem((int) id)));
    problem(web.read(get("/api/v1/experts/" + id), "baizi"), 403, "access.out-of-scope");
    web.send(put("/api/v1/experts/" + id), "shuangjiang", json.replace("地质灾害", "防汛")).andExpect(jsonPath("$.field").value("防汛"));
    web.read(delete("/api/v1/experts/" + id), "shuangjiang").andExpect(status().isNoContent());
    problem(web.read(get("/api/v1/experts/" + id), "shuangjiang"), 404, "resources.expert-not-found");
  }
}
