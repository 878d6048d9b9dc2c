package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anlan.monitoring.AlarmLevel;
import org.anlan.monitoring.AlarmLevelChanged;
import org.anlan.monitoring.AlarmRaised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A rain storm posted over HTTP raises an alarm; the warning module turns it into one draft for the duty officer. */
@SpringBootTest
@AutoConfigureMockMvc
class AlarmDraftWebTests {

  static final String PASSWORD = "test-password-1";
  static final String SHUANGJIANG_VILLAGE = "500152110001";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AlarmDrafts drafts;

  String call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
  }

  static String reading(Instant time, double value) {
    return "{\"station\":\"T-WARN-1\",\"sensor\":\"rain\",\"time\":\"%s\",\"value\":%s}".formatted(
        time.atOffset(ZoneOffset.ofHours(8)), value);
  }

  /** The ALARM drafts of alarm {@code alarmId} the duty officer sees. */
  List<Map<String, Object>> draftsOf(long alarmId) throws Exception {
    String list = mvc.perform(get("/api/v1/warnings").param("status", "DRAFT").with(httpBasic("duty", PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<Map<String, Object>> all = JsonPath.read(list, "$[?(@.source == 'ALARM')]");
    return all.stream().filter(w -> String.valueOf(w.get("sourceRef")).startsWith("alarm:" + alarmId + "/")).toList();
  }

  List<Map<String, Object>> awaitDraft(long alarmId, String level) throws Exception {
    Instant deadline = Instant.now().plusSeconds(10);
    List<Map<String, Object>> found = draftsOf(alarmId);
    while (Instant.now().isBefore(deadline) && (found.isEmpty() || !level.equals(found.get(0).get("level")))) {
      Thread.sleep(100);
      found = draftsOf(alarmId);
    }
    return found;
  }

  @Test
  void a_storm_alarm_becomes_one_draft_whose_level_follows_the_alarm_and_a_redelivery_adds_none() throws Exception {
    String created = call("shuangjiang", post("/api/v1/stations"), """
        {"code": "T-WARN-1", "name": "测试雨量站", "kind": "rain", "lon": 105.7434, "lat": 30.2190,
         "areaCode": "%s", "intervalSeconds": 3600}""".formatted(SHUANGJIANG_VILLAGE));
    String token = JsonPath.read(created, "$.token");
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(12));
    double[] rain = {10, 10, 10, 10, 10, 0, 30, 40, 40};
    List<String> items = new ArrayList<>();
    for (int i = 0; i < rain.length; i++) {
      items.add(reading(t0.plus(Duration.ofHours(i + 1)), rain[i]));
    }
    mvc.perform(post("/api/v1/readings").header("X-Station-Token", token).contentType(MediaType.APPLICATION_JSON)
        .content("{\"readings\":[" + String.join(",", items) + "]}")).andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(rain.length));
    String alarms = mvc.perform(get("/api/v1/alarms").param("station", "T-WARN-1").with(httpBasic("duty", PASSWORD)))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].level").value("RED")).andReturn().getResponse().getContentAsString();
    long alarmId = ((Number) JsonPath.read(alarms, "$[0].id")).longValue();

    List<Map<String, Object>> found = awaitDraft(alarmId, "RED");
    assertThat(found).as("one draft for the alarm, at the alarm's highest level").singleElement().satisfies(w -> {
      assertThat(w.get("level")).isEqualTo("RED");
      assertThat(w.get("type")).isEqualTo("RAINSTORM");
      assertThat(w.get("status")).isEqualTo("DRAFT");
      assertThat(w.get("areaCodes")).isEqualTo(List.of(SHUANGJIANG_VILLAGE));
      assertThat(w.get("title")).isEqualTo("暴雨红色预警：测试雨量站");
      assertThat((String) w.get("text")).contains("测试雨量站", "T-WARN-1", "触发告警规则“暴雨");
      assertThat(w.get("measures")).asList().hasSize(Measure.values().length);
      assertThat(w.get("createdBy")).isEqualTo("system");
      assertThat(w.get("effective")).isNotNull();
      assertThat(Instant.parse((String) w.get("expires"))).isAfter(Instant.now().plus(Duration.ofHours(23)));
    });
    long warningId = ((Number) found.get(0).get("id")).longValue();
    assertThat(jdbc.sql("select actor from platform_audit_log where entity_type = 'warning.warning' and entity_id = ?")
        .param(String.valueOf(warningId)).query(String.class).list()).isNotEmpty().containsOnly("system");

    // redelivery of the same events (the registry republishes on restart): no second draft, no change
    drafts.handle(new AlarmRaised(alarmId, "T-WARN-1", "测试雨量站", "rain", "rain", SHUANGJIANG_VILLAGE, 1L, "暴雨",
        AlarmLevel.YELLOW, t0, 40.0));
    drafts.handle(new AlarmLevelChanged(alarmId, "T-WARN-1", "rain", SHUANGJIANG_VILLAGE, AlarmLevel.YELLOW, AlarmLevel.ORANGE,
        t0, 40.0));
    assertThat(draftsOf(alarmId)).singleElement().satisfies(w -> assertThat(w.get("level")).isEqualTo("RED"));
    assertThat(jdbc.sql("select count(*) from warning_warning where alarm_id = ?").param(alarmId).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void a_level_change_heard_before_its_raise_makes_the_draft_and_the_raise_fills_in_station_and_rule() throws Exception {
    long alarmId = 9_000_001L;
    Instant t = Instant.parse("2026-07-01T02:00:00Z");
    drafts.handle(new AlarmLevelChanged(alarmId, "TN-RG-01", "rain", SHUANGJIANG_VILLAGE, AlarmLevel.BLUE, AlarmLevel.ORANGE, t, 55.5));
    drafts.handle(new AlarmRaised(alarmId, "TN-RG-01", "双江雨量站", "rain", "rain", SHUANGJIANG_VILLAGE, 1L, "暴雨 1 小时",
        AlarmLevel.BLUE, t, 30.0));
    assertThat(draftsOf(alarmId)).singleElement().satisfies(w -> {
      assertThat(w.get("level")).isEqualTo("ORANGE");
      assertThat(w.get("title")).isEqualTo("暴雨橙色预警：双江雨量站");
      assertThat((String) w.get("text")).contains("暴雨 1 小时", "2026-07-01 10:00");
    });
    // the duty officer discards it (a blocked gauge): the alarm's next rise changes nothing and makes no new draft
    long warningId = ((Number) draftsOf(alarmId).get(0).get("id")).longValue();
    call("duty", post("/api/v1/warnings/" + warningId + "/discard"), "{\"reason\": \"雨量计堵塞，误报\"}");
    drafts.handle(new AlarmLevelChanged(alarmId, "TN-RG-01", "rain", SHUANGJIANG_VILLAGE, AlarmLevel.ORANGE, AlarmLevel.RED, t, 80.0));
    assertThat(draftsOf(alarmId)).isEmpty();
    assertThat(jdbc.sql("select status || '/' || level from warning_warning where alarm_id = ?").param(alarmId).query(String.class).list())
        .containsExactly("DISCARDED/ORANGE");
    drafts.handle(new AlarmRaised(alarmId + 1, "TN-RG-01", "双江雨量站", "rain", "silence", SHUANGJIANG_VILLAGE, 2L, "静默",
        AlarmLevel.BLUE, t, null));
    assertThat(jdbc.sql("select count(*) from warning_warning where alarm_id = ?").param(alarmId + 1).query(Long.class).single())
        .as("a silence alarm makes no draft").isZero();
  }
}
