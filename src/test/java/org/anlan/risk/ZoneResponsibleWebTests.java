package org.anlan.risk;

import static org.anlan.risk.DangerZoneWebTests.POINT;
import static org.anlan.risk.DangerZoneWebTests.SHUANGJIANG_VILLAGE;
import static org.anlan.risk.DangerZoneWebTests.problem;
import static org.anlan.risk.DangerZoneWebTests.zone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 包保/六落实 of a danger zone over HTTP: per-zone people first, area fallback second; scope, read-only, roles, 404. */
@SpringBootTest
@AutoConfigureMockMvc
class ZoneResponsibleWebTests {

  static final String PASSWORD = DangerZoneWebTests.PASSWORD;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  long zoneId;
  long person;
  long deputy;

  ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions read(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  static String duty(long person, String role, Long deputy) {
    return """
        {"personId": %d, "roleCode": "%s", "deputyPersonId": %s, "note": "测试"}""".formatted(person, role, deputy);
  }

  String url() {
    return "/api/v1/danger-zones/" + zoneId + "/responsible";
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @BeforeEach
  void aFreshZoneInAVillageOfShuangjiang() throws Exception {
    String body = send(post("/api/v1/danger-zones"), "admin", zone("T-R" + System.nanoTime() % 100000, SHUANGJIANG_VILLAGE, POINT))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    zoneId = ((Number) JsonPath.read(body, "$.id")).longValue();
    person = count("select min(id) from directory_person where area_code = '" + SHUANGJIANG_VILLAGE + "'");
    deputy = count("select max(id) from directory_person where area_code = '" + SHUANGJIANG_VILLAGE + "'");
  }

  @AfterEach
  void removeTheZone() throws Exception {
    read(delete("/api/v1/danger-zones/" + zoneId), "admin");
  }

  @Test
  void a_town_officer_assigns_changes_and_removes_a_monitor_and_the_zone_shows_its_own_people_before_the_fallback() throws Exception {
    read(get(url()), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[*].fallback", everyItem(is(true))))
        .andExpect(jsonPath("$[0].roleCode").value("GRID_WORKER"));
    long audits = count("select count(*) from platform_audit_log where entity_type = 'directory.assignment'");

    String created = send(post(url()), "shuangjiang", duty(person, "ZONE_MONITOR", deputy)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.fallback").value(false)).andExpect(jsonPath("$.roleCode").value("ZONE_MONITOR"))
        .andExpect(jsonPath("$.roleZh").value("监测责任人")).andExpect(jsonPath("$.personId").value(person))
        .andExpect(jsonPath("$.mobile").isNotEmpty()).andExpect(jsonPath("$.deputyPersonId").value(deputy))
        .andExpect(jsonPath("$.deputyMobile").isNotEmpty()).andExpect(jsonPath("$.areaCode").value(SHUANGJIANG_VILLAGE))
        .andReturn().getResponse().getContentAsString();
    long assignment = ((Number) JsonPath.read(created, "$.assignmentId")).longValue();
    assertThat(count("select count(*) from directory_assignment where target_type = 'DANGER_ZONE' and target_id = '" + zoneId + "'"))
        .isEqualTo(1);

    read(get("/api/v1/danger-zones/" + zoneId), "duty").andExpect(status().isOk())
        .andExpect(jsonPath("$.responsible[0].fallback").value(false))
        .andExpect(jsonPath("$.responsible[0].assignmentId").value(assignment))
        .andExpect(jsonPath("$.responsible[1].fallback").value(true));
    problem(send(post(url()), "shuangjiang", duty(person, "ZONE_MONITOR", null)), 409, "directory.assignment-duplicate");

    int version = JsonPath.read(created, "$.version");
    send(put(url() + "/" + assignment), "shuangjiang", duty(person, "ZONE_MONITOR", null).replace("}", ", \"version\": " + version + "}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.deputyPersonId").isEmpty());
    // the directory's own area endpoint does not turn a zone's assignment into an area's
    problem(send(put("/api/v1/assignments/" + assignment), "admin", """
        {"personId": %d, "areaCode": "%s", "roleCode": "GRID_WORKER"}""".formatted(person, SHUANGJIANG_VILLAGE)),
        422, "directory.assignment-other-target");

    read(delete(url() + "/" + assignment), "shuangjiang").andExpect(status().isNoContent());
    read(get(url()), "shuangjiang").andExpect(jsonPath("$[*].fallback", everyItem(is(true))));
    assertThat(count("select count(*) from platform_audit_log where entity_type = 'directory.assignment'")).isEqualTo(audits + 3);
  }

  @Test
  void a_town_officer_of_another_town_may_neither_read_nor_change_the_zones_people() throws Exception {
    problem(read(get(url()), "baizi"), 403, "access.out-of-scope");
    problem(send(post(url()), "baizi", duty(person, "ZONE_MONITOR", null)), 403, "access.out-of-scope");
    assertThat(count("select count(*) from directory_assignment where target_type = 'DANGER_ZONE' and target_id = '" + zoneId + "'"))
        .isZero();
  }

  @Test
  void the_read_only_leader_reads_but_may_not_assign_or_remove() throws Exception {
    read(get(url()), "leader").andExpect(status().isOk());
    problem(send(post(url()), "leader", duty(person, "ZONE_GUARANTOR", null)), 403, "access.read-only");
    String created = send(post(url()), "admin", duty(person, "ZONE_GUARANTOR", null)).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    problem(read(delete(url() + "/" + JsonPath.read(created, "$.assignmentId")), "leader"), 403, "access.read-only");
  }

  @Test
  void a_role_must_be_a_known_danger_zone_role_and_the_person_must_exist() throws Exception {
    problem(send(post(url()), "shuangjiang", duty(person, "ZONE_JANITOR", null)), 422, "directory.role-unknown");
    problem(send(post(url()), "shuangjiang", duty(person, "GRID_WORKER", null)), 422, "directory.role-not-for-target");
    problem(send(post(url()), "shuangjiang", duty(987654321L, "ZONE_WARNER", null)), 422, "directory.person-unknown");
    problem(send(post(url()), "shuangjiang", "{\"roleCode\": \"ZONE_WARNER\"}"), 400, "request.invalid");
    // and the area's assignment endpoint refuses a 六落实 role
    problem(send(post("/api/v1/assignments"), "admin", """
        {"personId": %d, "areaCode": "%s", "roleCode": "ZONE_WARNER"}""".formatted(person, SHUANGJIANG_VILLAGE)),
        422, "directory.role-not-for-target");
  }

  @Test
  void an_unknown_zone_is_404_and_an_assignment_of_another_zone_is_not_found_here() throws Exception {
    problem(read(get("/api/v1/danger-zones/987654321/responsible"), "admin"), 404, "risk.zone-not-found");
    problem(send(post("/api/v1/danger-zones/987654321/responsible"), "admin", duty(person, "ZONE_MONITOR", null)),
        404, "risk.zone-not-found");
    long other = count("select min(id) from directory_assignment where target_type = 'DANGER_ZONE'");
    problem(read(delete(url() + "/" + other), "admin"), 404, "directory.assignment-not-found");
    assertThat(count("select count(*) from directory_assignment where id = " + other)).isOne();
  }

  @Test
  void deleting_a_zone_removes_its_assignments_and_moving_it_moves_them() throws Exception {
    send(post(url()), "admin", duty(person, "ZONE_TRANSFER", null)).andExpect(status().isCreated());
    String other = "500152110002";
    String body = read(get("/api/v1/danger-zones/" + zoneId), "admin").andReturn().getResponse().getContentAsString();
    int version = JsonPath.read(body, "$.zone.version");
    String code = JsonPath.read(body, "$.zone.code");
    send(put("/api/v1/danger-zones/" + zoneId), "admin", zone(code, other, POINT).replace("}", ", \"version\": " + version + "}"))
        .andExpect(status().isOk());
    read(get(url()), "admin").andExpect(jsonPath("$[0].fallback").value(false)).andExpect(jsonPath("$[0].areaCode").value(other));
    read(delete("/api/v1/danger-zones/" + zoneId), "admin").andExpect(status().isNoContent());
    assertThat(count("select count(*) from directory_assignment where target_type = 'DANGER_ZONE' and target_id = '" + zoneId + "'"))
        .isZero();
  }

  @Test
  void nine_in_ten_demo_zones_have_synthetic_six_duties_people_and_the_rest_show_the_fallback_only() throws Exception {
    long zones = count("select count(*) from risk_zone where code like 'DZ-%'");
    long covered = count("select count(distinct target_id) from directory_assignment where target_type = 'DANGER_ZONE' and note like '%synthetic%'");
    assertThat(covered).isGreaterThanOrEqualTo(zones * 8 / 10).isLessThan(zones);
    assertThat(count("select count(*) from directory_person where mobile like '1990002%' and position = '群测群防员' and note like '%synthetic%'"))
        .isEqualTo(covered);
    long demoZone = count("""
        select min(z.id) from risk_zone z join directory_assignment a on a.target_type = 'DANGER_ZONE' and a.target_id = cast(z.id as varchar)
        where z.area_code like '500152110%'""");
    read(get("/api/v1/danger-zones/" + demoZone + "/responsible"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].fallback").value(false)).andExpect(jsonPath("$[0].roleCode").value("ZONE_GUARANTOR"))
        .andExpect(jsonPath("$[?(@.roleCode == 'ZONE_MONITOR')]", hasSize(1)));
  }
}
