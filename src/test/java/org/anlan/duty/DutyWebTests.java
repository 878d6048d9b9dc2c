package org.anlan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import org.anlan.identity.IdentityDesk;
import org.anlan.warning.DutyOfficers;
import org.anlan.warning.DutyOfficers.OnDuty;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The roster API: scope, read-only leaders, the shift rules, who is on duty (the warning port) and the demo roster. */
@SpringBootTest
@AutoConfigureMockMvc
class DutyWebTests {

  static final String PASSWORD = "test-password-1";
  static final String DISTRICT = "500152000000";
  static final String SHUANGJIANG = "500152110000";
  static final String BAIZI = "500152113000";
  /** 2030-03-04 08:00 in Chongqing: far from the demo roster, which covers the weeks around today. */
  static final Instant T8 = Instant.parse("2030-03-04T00:00:00Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DutyOfficers officers;
  @Autowired IdentityDesk identity;

  long districtA;
  long districtB;
  long districtC;
  long districtLeader;
  long shuangjiangPerson;
  long baiziPerson;

  @BeforeEach
  void people() {
    List<Long> contacts = jdbc.sql("select id from directory_person where area_code = ? and position = '值班联系人' order by id desc")
        .param(DISTRICT).query(Long.class).list();
    districtA = contacts.get(0);
    districtB = contacts.get(1);
    districtC = contacts.get(2);
    districtLeader = jdbc.sql("select id from directory_person where area_code = ? and position = '副区长'").param(DISTRICT)
        .query(Long.class).list().get(0);
    shuangjiangPerson = personAt(SHUANGJIANG);
    baiziPerson = personAt(BAIZI);
  }

  long personAt(String area) {
    return jdbc.sql("select id from directory_person where area_code = ? and position = '应急办主任'").param(area).query(Long.class).list().get(0);
  }

  @AfterEach
  void removeTestShifts() {
    jdbc.sql("delete from duty_shift where starts_at >= ?").param(Instant.parse("2029-01-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC)).update();
  }

  ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  static String body(String area, String post, long person, Instant from, Instant to, String note, Long version) {
    return """
        {"areaCode":"%s","post":"%s","personId":%d,"startsAt":"%s","endsAt":"%s","note":%s,"version":%s}"""
        .formatted(area, post, person, from, to, note == null ? "null" : "\"" + note + "\"", version);
  }

  ResultActions create(String user, String area, String post, long person, Instant from, Instant to) throws Exception {
    return as(user, post("/api/v1/duty/shifts").contentType(MediaType.APPLICATION_JSON).content(body(area, post, person, from, to, null, null)));
  }

  long created(String user, String area, String post, long person, Instant from, Instant to) throws Exception {
    String json = create(user, area, post, person, from, to).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status)).andExpect(jsonPath("$.code").value(code));
  }

  static Instant hours(double h) {
    return T8.plusSeconds((long) (h * 3600));
  }

  @Test
  void a_duty_officer_adds_changes_and_deletes_a_district_shift_and_each_change_is_audited() throws Exception {
    long id = created("duty", DISTRICT, "OFFICER", districtA, T8, hours(8));
    as("leader", get("/api/v1/duty/shifts").param("area", DISTRICT).param("from", T8.toString()).param("to", hours(24).toString()))
        .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].postName").value("值班员"))
        .andExpect(jsonPath("$[0].personId").value(districtA)).andExpect(jsonPath("$[0].mobile").isNotEmpty());
    as("duty", put("/api/v1/duty/shifts/" + id).contentType(MediaType.APPLICATION_JSON)
        .content(body(DISTRICT, "OFFICER", districtA, T8, hours(9), "加班一小时", 0L)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.note").value("加班一小时")).andExpect(jsonPath("$.endsAt").value(hours(9).toString()));
    problem(as("duty", put("/api/v1/duty/shifts/" + id).contentType(MediaType.APPLICATION_JSON)
        .content(body(DISTRICT, "OFFICER", districtA, T8, hours(9), "旧版本", 0L))), 409, "conflict.stale-version");
    as("duty", delete("/api/v1/duty/shifts/" + id)).andExpect(status().isNoContent());
    problem(as("duty", get("/api/v1/duty/shifts/" + id)), 404, "duty.shift-not-found");
    List<String> actions = jdbc.sql("select action from platform_audit_log where entity_type = 'duty.shift' and entity_id = ? order by id")
        .param(String.valueOf(id)).query(String.class).list();
    assertThat(actions).containsExactly("create", "update", "delete");
  }

  @Test
  void a_town_officer_keeps_the_town_roster_and_cannot_touch_the_district_or_another_town() throws Exception {
    problem(create("shuangjiang", DISTRICT, "OFFICER", shuangjiangPerson, T8, hours(8)), 403, "access.out-of-scope");
    long town = created("shuangjiang", SHUANGJIANG, "OFFICER", shuangjiangPerson, T8, hours(8));
    long district = created("duty", DISTRICT, "OFFICER", districtA, T8, hours(8));
    problem(as("shuangjiang", delete("/api/v1/duty/shifts/" + district)), 403, "access.out-of-scope");
    problem(as("shuangjiang", put("/api/v1/duty/shifts/" + town).contentType(MediaType.APPLICATION_JSON)
        .content(body(DISTRICT, "OFFICER", shuangjiangPerson, T8, hours(8), null, 0L))), 403, "access.out-of-scope");
    problem(as("baizi", delete("/api/v1/duty/shifts/" + town)), 403, "access.out-of-scope");
    problem(as("baizi", get("/api/v1/duty/shifts").param("area", SHUANGJIANG)), 403, "access.out-of-scope");
    problem(as("shuangjiang", get("/api/v1/duty/now").param("area", DISTRICT)), 403, "access.out-of-scope");
    as("shuangjiang", get("/api/v1/duty/shifts").param("from", T8.toString())).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem((int) town)));
    as("duty", delete("/api/v1/duty/shifts/" + town)).andExpect(status().isNoContent());
  }

  @Test
  void the_leader_reads_but_changes_nothing_and_a_department_user_does_not_keep_rosters() throws Exception {
    long id = created("admin", DISTRICT, "LEADER", districtLeader, T8, hours(24));
    as("leader", get("/api/v1/duty/shifts/" + id)).andExpect(status().isOk());
    problem(create("leader", DISTRICT, "OFFICER", districtA, T8, hours(8)), 403, "access.read-only");
    problem(as("leader", delete("/api/v1/duty/shifts/" + id)), 403, "access.read-only");
    problem(create("water", DISTRICT, "OFFICER", districtA, T8, hours(8)), 403, "access.denied");
    problem(as("shuangjiang-wuli", get("/api/v1/duty/shifts").param("area", SHUANGJIANG)), 403, "access.out-of-scope");
    // a village has no roster of its own: reading it is allowed and empty
    as("shuangjiang-wuli", get("/api/v1/duty/now").param("area", "500152110002")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void a_shift_keeps_the_rules_of_the_roster() throws Exception {
    problem(create("duty", DISTRICT, "OFFICER", districtA, hours(8), T8), 422, "duty.shift-ends-before-start");
    problem(create("duty", DISTRICT, "OFFICER", districtA, T8, T8), 422, "duty.shift-ends-before-start");
    problem(create("duty", DISTRICT, "OFFICER", districtA, T8, hours(48.5)), 422, "duty.shift-too-long");
    problem(create("duty", DISTRICT, "OFFICER", 987_654_321L, T8, hours(8)), 422, "duty.person-unknown");
    problem(create("duty", SHUANGJIANG, "OFFICER", districtA, T8, hours(8)), 422, "duty.person-outside-area");
    problem(create("duty", SHUANGJIANG, "OFFICER", baiziPerson, T8, hours(8)), 422, "duty.person-outside-area");
    problem(create("duty", "500152110002", "OFFICER", shuangjiangPerson, T8, hours(8)), 422, "duty.area-not-roster");
    problem(as("duty", post("/api/v1/duty/shifts").contentType(MediaType.APPLICATION_JSON).content("{\"areaCode\":\"" + DISTRICT + "\"}")),
        400, "request.invalid");
    created("duty", DISTRICT, "LEADER", districtLeader, T8, hours(48));
    created("duty", DISTRICT, "OFFICER", districtA, T8, hours(8));
    // a town's person may stand on the district's roster; a second 值班员 at the same time is allowed
    created("duty", DISTRICT, "OFFICER", shuangjiangPerson, T8, hours(8));
    mvc.perform(post("/api/v1/duty/shifts").with(httpBasic("duty", PASSWORD)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(body(SHUANGJIANG, "ASSISTANT", shuangjiangPerson, hours(7), hours(9), null, null)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("duty.shift-overlaps"))
        .andExpect(jsonPath("$.detail", containsString("already has a shift from 2030-03-04 08:00 to 2030-03-04 16:00")));
    // back to back is not an overlap: the end is exclusive
    created("duty", DISTRICT, "OFFICER", districtA, hours(8), hours(16));
    problem(as("duty", get("/api/v1/duty/shifts").param("from", T8.toString()).param("to", hours(24 * 63).toString())), 422,
        "duty.period-invalid");
  }

  @Test
  void who_is_on_duty_lists_duty_officers_first_then_the_leader_and_a_shift_ends_exclusively() throws Exception {
    created("duty", DISTRICT, "ASSISTANT", districtC, T8, hours(8));
    created("duty", DISTRICT, "LEADER", districtLeader, T8, hours(24));
    created("duty", DISTRICT, "OFFICER", districtB, hours(8), hours(16));
    created("duty", DISTRICT, "OFFICER", districtA, T8, hours(8));
    created("shuangjiang", SHUANGJIANG, "OFFICER", shuangjiangPerson, T8, hours(8));

    List<OnDuty> atStart = officers.onDuty(T8);
    assertThat(atStart).extracting(OnDuty::personId).containsExactly(districtA, districtLeader, districtC);
    assertThat(atStart).extracting(OnDuty::post).containsExactly("值班员", "带班领导", "副班");
    String mobile = jdbc.sql("select mobile from directory_person where id = ?").param(districtA).query(String.class).single();
    assertThat(atStart.get(0).mobile()).isEqualTo(mobile);
    assertThat(officers.onDuty(T8.minusMillis(1))).extracting(OnDuty::personId).doesNotContain(districtA, districtLeader, districtC);
    assertThat(officers.onDuty(hours(8).minusMillis(1))).extracting(OnDuty::personId).containsExactly(districtA, districtLeader, districtC);
    assertThat(officers.onDuty(hours(8))).extracting(OnDuty::personId).containsExactly(districtB, districtLeader);
    assertThat(officers.onDuty(hours(24))).isEmpty();
  }

  @Test
  void the_demo_roster_has_someone_on_duty_now_and_the_demo_duty_user_stands_on_it() throws Exception {
    as("duty", get("/api/v1/duty/now")).andExpect(status().isOk()).andExpect(jsonPath("$[0].post").value("OFFICER"))
        .andExpect(jsonPath("$[1].post").value("LEADER")).andExpect(jsonPath("$", hasSize(2)));
    assertThat(officers.onDuty(Instant.now())).extracting(OnDuty::post).containsExactly("值班员", "带班领导");
    Long person = identity.list().stream().filter(u -> u.username().equals("duty")).findFirst().orElseThrow().personId();
    assertThat(person).isNotNull();
    assertThat(jdbc.sql("select count(*) from duty_shift where person_id = ? and note like '演示数据%'").param(person).query(Long.class).single())
        .isGreaterThanOrEqualTo(7);
  }
}
