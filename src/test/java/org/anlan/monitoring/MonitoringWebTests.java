package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Stations, HTTP ingest with its per-item refusals, and the alarm a rain storm raises, through the HTTP API. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MonitoringWebTests.Heard.class)
class MonitoringWebTests {

  /** Records the alarm events the ingest workers publish (on their own threads). */
  static class Heard {
    final List<Object> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    @EventListener
    void on(AlarmRaised e) {
      events.add(e);
    }

    @EventListener
    void on(AlarmLevelChanged e) {
      events.add(e);
    }

    @EventListener
    void on(AlarmCleared e) {
      events.add(e);
    }

    <T> java.util.stream.Stream<T> stream(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast);
    }
  }


  static final String PASSWORD = "test-password-1";
  static final String SHUANGJIANG_VILLAGE = "500152110001";
  static final double LON = 105.7434;
  static final double LAT = 30.2190;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Heard events;
  @Autowired AlarmWriter writer;
  @Autowired AlarmQueries queries;
  @Autowired StationCatalogue catalogue;
  @Autowired RuleBook rules;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;
  @Autowired ReadingPipeline pipeline;

  /** A counter's count now (0 when it was never incremented). */
  double count(String name, String... tags) {
    io.micrometer.core.instrument.Counter c = meters.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }

  ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, PASSWORD)));
  }

  ResultActions withToken(String token, String json) throws Exception {
    return mvc.perform(post("/api/v1/readings").header("X-Station-Token", token).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status)).andExpect(jsonPath("$.code").value(code));
  }

  static String station(String code, String kind, String area) {
    return """
        {"code": "%s", "name": "测试站 %s", "kind": "%s", "lon": %s, "lat": %s, "areaCode": "%s", "intervalSeconds": 3600}"""
        .formatted(code, code, kind, LON, LAT, area);
  }

  static String reading(String station, String sensor, Instant time, String value) {
    return "{\"station\":\"%s\",\"sensor\":\"%s\",\"time\":\"%s\",\"value\":%s}".formatted(station, sensor,
        time.atOffset(ZoneOffset.ofHours(8)), value);
  }

  static String batch(List<String> items) {
    return "{\"readings\":[" + String.join(",", items) + "]}";
  }

  String create(String user, String code, String kind, String area) throws Exception {
    String body = as(user, post("/api/v1/stations"), station(code, kind, area)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.station.sensors[0].code").value(kind)).andExpect(jsonPath("$.token", startsWith("st_")))
        .andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.token");
  }

  @Test
  void the_demo_lists_its_rain_gauges_and_a_town_officer_sees_only_their_town() throws Exception {
    as("duty", get("/api/v1/stations").param("kind", "rain")).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind", everyItem(org.hamcrest.Matchers.is("rain"))))
        .andExpect(jsonPath("$[*].code", hasItem("TN-RG-01")));
    as("shuangjiang", get("/api/v1/stations")).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].areaCode", everyItem(startsWith("500152110"))));
    problem(as("duty", get("/api/v1/stations").param("kind", "lava")), 422, "monitoring.station-kind-unknown");
    problem(as("duty", get("/api/v1/stations/NOPE")), 404, "monitoring.station-not-found");
  }

  @Test
  void a_station_token_posts_readings_and_each_bad_item_is_refused_with_its_reason() throws Exception {
    String token = create("shuangjiang", "T-HTTP-1", "rain", SHUANGJIANG_VILLAGE);
    create("shuangjiang", "T-HTTP-2", "rain", SHUANGJIANG_VILLAGE);
    Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS);
    double unknownBefore = count("anlan.readings.rejected", "channel", "http", "code", "monitoring.reading-station-unknown");
    double nanBefore = count("anlan.readings.rejected", "channel", "http", "code", "monitoring.reading-value-invalid");
    double duplicatesBefore = count("anlan.readings.duplicates");
    String body = batch(List.of(
        reading("T-HTTP-1", "rain", t.minus(Duration.ofHours(1)), "1.5"),
        reading("T-HTTP-1", "rain", t, "2.5"),
        reading("T-HTTP-1", "rain", t, "9.9"),
        reading("NOPE", "rain", t, "1"),
        reading("T-HTTP-2", "rain", t, "1"),
        reading("T-HTTP-1", "snow", t, "1"),
        reading("T-HTTP-1", "rain", t.plus(Duration.ofDays(1)), "1"),
        reading("T-HTTP-1", "rain", t.minus(Duration.ofDays(400)), "1"),
        reading("T-HTTP-1", "rain", t, "\"NaN\""),
        "{\"station\":\"T-HTTP-1\",\"sensor\":\"rain\",\"time\":\"2026-07-01 08:00\",\"value\":1}",
        "{\"station\":\"T-HTTP-1\",\"sensor\":\"rain\",\"time\":\"" + t.minus(Duration.ofHours(2)) + "\",\"value\":1e999}",
        "42"));
    withToken(token, body). andExpect(status().isOk())
        .andExpect(jsonPath("$.received").value(12)).andExpect(jsonPath("$.accepted").value(3))
        .andExpect(jsonPath("$.stored").value(2)).andExpect(jsonPath("$.duplicates").value(1))
        .andExpect(jsonPath("$.rejected", hasSize(9)))
        .andExpect(jsonPath("$.rejected[0].index").value(3))
        .andExpect(jsonPath("$.rejected[0].problem.code").value("monitoring.reading-station-unknown"))
        .andExpect(jsonPath("$.rejected[1].problem.code").value("monitoring.reading-not-permitted"))
        .andExpect(jsonPath("$.rejected[2].problem.code").value("monitoring.reading-sensor-unknown"))
        .andExpect(jsonPath("$.rejected[3].problem.code").value("monitoring.reading-time-future"))
        .andExpect(jsonPath("$.rejected[4].problem.code").value("monitoring.reading-time-past"))
        .andExpect(jsonPath("$.rejected[5].problem.code").value("monitoring.reading-value-invalid"))
        .andExpect(jsonPath("$.rejected[6].problem.code").value("monitoring.reading-time-invalid"))
        .andExpect(jsonPath("$.rejected[7].problem.code").value("monitoring.reading-value-invalid"))
        .andExpect(jsonPath("$.rejected[8].problem.code").value("monitoring.reading-malformed"))
        .andExpect(jsonPath("$.rejected[1].problem.detail").value("无权上报监测站“T-HTTP-2”的数据。"));
    assertThat(jdbc.sql("select r.observed_value from monitoring_reading r join monitoring_sensor s on s.id = r.sensor_id "
            + "join monitoring_station st on st.id = s.station_id where st.code = 'T-HTTP-1' order by r.observed_at")
        .query(Double.class).list()).as("the first of two readings for the same time stands").containsExactly(1.5, 2.5);
    // every refusal and the duplicate are counted for the metrics
    assertThat(count("anlan.readings.rejected", "channel", "http", "code", "monitoring.reading-station-unknown") - unknownBefore).isEqualTo(1);
    assertThat(count("anlan.readings.rejected", "channel", "http", "code", "monitoring.reading-value-invalid") - nanBefore).isEqualTo(2);
    assertThat(count("anlan.readings.duplicates") - duplicatesBefore).isEqualTo(1);
  }

  @Test
  void a_batch_of_nothing_but_refusals_is_a_422_and_bad_credentials_or_bodies_are_refused_whole() throws Exception {
    String token = create("baizi", "T-HTTP-3", "level", "500152113001");
    Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    // each refusal below, and how often this test provokes it
    Map<String, Integer> refusals = Map.of("monitoring.readings-rejected", 2, "monitoring.token-invalid", 1, "monitoring.ingest-denied", 1,
        "monitoring.readings-missing", 1);
    Map<String, Double> before = new java.util.HashMap<>();
    refusals.keySet().forEach(c -> before.put(c, count("anlan.readings.refused-requests", "code", c)));
    double malformedBefore = count("anlan.problems", "code", "request.malformed", "status", "400");
    double tooLargeBefore = count("anlan.problems", "code", "request.too-large", "status", "413");
    problem(withToken(token, batch(List.of(reading("T-HTTP-3", "rain", t, "1")))), 422, "monitoring.readings-rejected");
    mvc.perform(post("/api/v1/readings").header("X-Station-Token", token).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(batch(List.of(reading("T-HTTP-3", "rain", t, "1")))))
        .andExpect(jsonPath("$.rejected[0].problem.detail").value("Station \"T-HTTP-3\" has no sensor \"rain\"."));
    problem(withToken("st_wrong", batch(List.of(reading("T-HTTP-3", "level", t, "1")))), 401, "monitoring.token-invalid");
    problem(mvc.perform(post("/api/v1/readings").contentType(MediaType.APPLICATION_JSON)
        .content(batch(List.of(reading("T-HTTP-3", "level", t, "1"))))), 401, "auth.required");
    problem(as("shuangjiang", post("/api/v1/readings"), batch(List.of(reading("T-HTTP-3", "level", t, "1")))), 403,
        "monitoring.ingest-denied");
    problem(withToken(token, "{\"readings\": [ {\"station\": "), 400, "request.malformed");
    problem(withToken(token, "{\"values\": []}"), 400, "monitoring.readings-missing");
    problem(withToken(token, "x".repeat(5 * 1024 * 1024)), 413, "request.too-large");
    as("admin", post("/api/v1/readings"), batch(List.of(reading("T-HTTP-3", "level", t, "3.25")))).andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(1));
    // each whole refusal is counted: ingest's own, and those refused before ingest saw the body
    refusals.forEach((c, times) -> assertThat(count("anlan.readings.refused-requests", "code", c) - before.get(c)).as(c).isEqualTo(times.doubleValue()));
    assertThat(count("anlan.problems", "code", "request.malformed", "status", "400") - malformedBefore).isEqualTo(1);
    assertThat(count("anlan.problems", "code", "request.too-large", "status", "413") - tooLargeBefore).isEqualTo(1);
  }

  /** The hourly rain readings {@code from} (inclusive) to {@code to} (exclusive): reading i at t0 + (i + 1) h. */
  static List<String> hourly(String station, Instant t0, double[] rain, int from, int to) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < to; i++) {
      items.add(reading(station, "rain", t0.plus(Duration.ofHours(i + 1)), String.valueOf(rain[i])));
    }
    return items;
  }

  @Test
  void a_storm_raises_one_alarm_whose_level_rises_then_clears_and_people_acknowledge_and_close_it() throws Exception {
    String token = create("shuangjiang", "T-STORM", "rain", SHUANGJIANG_VILLAGE);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(22));
    double[] rain = {10, 10, 10, 10, 10, 0, 30, 40, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    List<String> items = new ArrayList<>(hourly("T-STORM", t0, rain, 0, 9));
    withToken(token, batch(items)).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(9));
    String list = as("shuangjiang", get("/api/v1/alarms").param("status", "open").param("station", "T-STORM"))
        .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].level").value("RED")).andExpect(jsonPath("$[0].status").value("RAISED"))
        .andExpect(jsonPath("$[0].ruleName", startsWith("暴雨"))).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(list, "$[0].id")).longValue();
    problem(as("baizi", get("/api/v1/alarms/" + id)), 403, "access.out-of-scope");
    problem(as("shuangjiang", post("/api/v1/alarms/" + id + "/close"), "{}"), 422, "monitoring.alarm-close-reason");
    as("shuangjiang", post("/api/v1/alarms/" + id + "/acknowledge"), "{\"text\":\"已通知村社\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACKNOWLEDGED")).andExpect(jsonPath("$.acknowledgedBy").value("shuangjiang"));
    problem(as("shuangjiang", post("/api/v1/alarms/" + id + "/acknowledge"), "{}"), 409, "monitoring.alarm-not-raised");
    problem(as("leader", post("/api/v1/alarms/" + id + "/acknowledge"), "{}"), 403, "access.read-only");
    problem(as("shuangjiang", post("/api/v1/alarms/" + id + "/comment"), "{\"text\":\" \"}"), 422, "monitoring.alarm-comment-empty");
    as("shuangjiang", post("/api/v1/alarms/" + id + "/comment"), "{\"text\":\"五里社区已转移 12 人\"}").andExpect(status().isOk());
    problem(as("shuangjiang", post("/api/v1/alarms/" + id + "/assign"), "{\"assignee\":\"nobody-here\"}"), 422,
        "monitoring.alarm-assignee-unknown");
    as("shuangjiang", post("/api/v1/alarms/" + id + "/assign"), "{\"assignee\":\"shuangjiang-wuli\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.assignee").value("shuangjiang-wuli"));

    items = hourly("T-STORM", t0, rain, 9, rain.length);
    withToken(token, batch(items)).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(rain.length - 9));
    as("shuangjiang", get("/api/v1/alarms/" + id)).andExpect(status().isOk())
        .andExpect(jsonPath("$.alarm.status").value("CLEARED")).andExpect(jsonPath("$.alarm.peakLevel").value("RED"))
        .andExpect(jsonPath("$.history[*].kind", hasItem("ACKNOWLEDGED")))
        .andExpect(jsonPath("$.history[?(@.kind == 'COMMENT')].text", hasItem("五里社区已转移 12 人")))
        .andExpect(jsonPath("$.history[?(@.kind == 'ASSIGNED')].text", hasItem("shuangjiang-wuli")))
        .andExpect(jsonPath("$.history[*].kind", hasItem("CLEARED")));
    as("shuangjiang", get("/api/v1/alarms/" + id + "/readings")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(rain.length)));
    as("shuangjiang", post("/api/v1/alarms/" + id + "/close"), "{}").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    as("shuangjiang", get("/api/v1/alarms").param("status", "open").param("station", "T-STORM")).andExpect(jsonPath("$", hasSize(0)));
    assertThat(events.stream(AlarmRaised.class).filter(e -> e.alarmId() == id))
        .singleElement().satisfies(e -> assertThat(e.level()).isEqualTo(AlarmLevel.YELLOW));
    assertThat(events.stream(AlarmLevelChanged.class).filter(e -> e.alarmId() == id).map(AlarmLevelChanged::to))
        .containsExactly(AlarmLevel.ORANGE, AlarmLevel.RED, AlarmLevel.ORANGE, AlarmLevel.YELLOW, AlarmLevel.BLUE);
    assertThat(events.stream(AlarmCleared.class).filter(e -> e.alarmId() == id)).hasSize(1);
  }

  @Test
  void a_new_alarm_of_the_same_sensor_and_rule_closes_the_cleared_one_nobody_closed() throws Exception {
    String token = create("shuangjiang", "T-AGAIN", "rain", SHUANGJIANG_VILLAGE);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(40));
    // a storm (3 h ≥ 50 mm), rain stops long enough to clear, then a second storm
    double[] rain = {30, 30, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 30, 30};
    withToken(token, batch(hourly("T-AGAIN", t0, rain, 0, 18))).andExpect(status().isOk());
    String cleared = as("shuangjiang", get("/api/v1/alarms").param("status", "open").param("station", "T-AGAIN"))
        .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].status").value("CLEARED")).andReturn().getResponse()
        .getContentAsString();
    long firstId = ((Number) JsonPath.read(cleared, "$[0].id")).longValue();

    withToken(token, batch(hourly("T-AGAIN", t0, rain, 18, rain.length))).andExpect(status().isOk());
    String open = as("shuangjiang", get("/api/v1/alarms").param("status", "open").param("station", "T-AGAIN"))
        .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].status").value("RAISED")).andReturn().getResponse()
        .getContentAsString();
    long secondId = ((Number) JsonPath.read(open, "$[0].id")).longValue();
    assertThat(secondId).isNotEqualTo(firstId);
    as("shuangjiang", get("/api/v1/alarms/" + firstId)).andExpect(status().isOk())
        .andExpect(jsonPath("$.alarm.status").value("CLOSED")).andExpect(jsonPath("$.alarm.closedBy").value("system"))
        .andExpect(jsonPath("$.history[-1].kind").value("CLOSED"))
        .andExpect(jsonPath("$.history[-1].text", startsWith("再次告警（#" + secondId + "）")));
  }

  @Test
  void a_node_that_cannot_take_readings_answers_503_with_retry_after_stores_nothing_and_counts_it() throws Exception {
    String token = create("shuangjiang", "T-BUSY", "rain", SHUANGJIANG_VILLAGE);
    Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS);
    String body = batch(List.of(reading("T-BUSY", "rain", t, "1.5")));
    double before = count("anlan.readings.refused-requests", "code", "monitoring.overloaded");
    pipeline.stop(); // as a node whose queue has no room within the submit timeout
    try {
      withToken(token, body).andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value("monitoring.overloaded"));
    } finally {
      pipeline.start();
    }
    assertThat(count("anlan.readings.refused-requests", "code", "monitoring.overloaded") - before).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from monitoring_reading r join monitoring_sensor s on s.id = r.sensor_id "
        + "join monitoring_station st on st.id = s.station_id where st.code = 'T-BUSY'").query(Long.class).single()).isZero();
    // sent again once the node takes readings: stored
    withToken(token, body).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
  }

  @Test
  void a_flood_of_duplicates_stores_one_reading_and_counts_the_rest() throws Exception {
    String token = create("shuangjiang", "T-FLOOD", "rain", SHUANGJIANG_VILLAGE);
    Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS);
    String one = reading("T-FLOOD", "rain", t, "3.5");
    String body = batch(java.util.Collections.nCopies(1000, one));
    double before = count("anlan.readings.duplicates");
    withToken(token, body).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1)).andExpect(jsonPath("$.duplicates").value(999));
    for (int i = 0; i < 5; i++) {
      withToken(token, body).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(0)).andExpect(jsonPath("$.duplicates").value(1000));
    }
    assertThat(count("anlan.readings.duplicates") - before).isEqualTo(5999);
    assertThat(jdbc.sql("select count(*) from monitoring_reading r join monitoring_sensor s on s.id = r.sensor_id "
        + "join monitoring_station st on st.id = s.station_id where st.code = 'T-FLOOD'").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void a_long_series_is_downsampled_for_the_chart_rain_summed_per_bucket_and_a_level_keeping_its_peak() throws Exception {
    String token = create("shuangjiang", "T-CHART", "rain", SHUANGJIANG_VILLAGE);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(50));
    double[] rain = new double[48];
    for (int i = 0; i < rain.length; i++) {
      rain[i] = i % 7 == 0 ? 0 : (i % 5) + 0.5;
    }
    withToken(token, batch(hourly("T-CHART", t0, rain, 0, rain.length))).andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(rain.length));
    String from = t0.toString();
    String to = t0.plus(Duration.ofHours(49)).toString();
    String all = as("shuangjiang", get("/api/v1/stations/T-CHART/series").param("sensor", "rain").param("from", from).param("to", to)
        .param("points", "500")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat((List<?>) JsonPath.read(all, "$.points")).hasSize(rain.length);
    String few = as("shuangjiang", get("/api/v1/stations/T-CHART/series").param("sensor", "rain").param("from", from).param("to", to)
        .param("points", "10")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<Double> values = JsonPath.read(few, "$.points[*].value");
    assertThat(values).hasSizeBetween(5, 11);
    assertThat(values.stream().mapToDouble(Double::doubleValue).sum()).as("rain is summed per bucket: nothing lost")
        .isCloseTo(java.util.Arrays.stream(rain).sum(), org.assertj.core.data.Offset.offset(1e-9));
    // a water level keeps each bucket's highest value, so a one-hour peak survives on the chart
    String levelToken = create("shuangjiang", "T-CHART-L", "level", SHUANGJIANG_VILLAGE);
    List<String> levels = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      levels.add(reading("T-CHART-L", "level", t0.plus(Duration.ofHours(i + 1)), i == 20 ? "7.75" : "3.0"));
    }
    withToken(levelToken, batch(levels)).andExpect(status().isOk());
    String peaks = as("shuangjiang", get("/api/v1/stations/T-CHART-L/series").param("sensor", "level").param("from", from).param("to", to)
        .param("points", "10")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<Double> levelValues = JsonPath.read(peaks, "$.points[*].value");
    assertThat(levelValues).hasSizeBetween(5, 11).contains(7.75).doesNotContain(7.75 + 3.0);
  }

  @Test
  void a_raise_goes_to_the_live_stream_exactly_as_it_reads_back_from_the_database() throws Exception {
    create("shuangjiang", "T-MEMORY", "rain", SHUANGJIANG_VILLAGE);
    StationCatalogue.Entry station = catalogue.station("T-MEMORY");
    long sensorId = station.sensorIds().get("rain");
    var facts = catalogue.sensor(sensorId);
    var rule = rules.rulesFor(facts).get(0);
    Instant now = Instant.parse("2026-07-01T00:00:00.123456789Z");
    Instant time = Instant.parse("2026-06-30T23:55:00.000000999Z");
    AlarmWriter.Outcome outcome = transactions.execute(tx -> writer.apply(
        new AlarmWriter.Decision(facts, station, rule, null, AlarmLevel.ORANGE, time, 61.5), now));
    assertThat(outcome.raised()).isNotNull();
    assertThat(outcome.raised()).isEqualTo(queries.find(outcome.alarmId()).orElseThrow());
    assertThat(outcome.raised().stationName()).isEqualTo("测试站 T-MEMORY");
    assertThat(outcome.raised().lon()).isEqualTo(LON);
  }

  @Test
  void a_new_gauges_first_reading_is_its_whole_memory_and_later_batches_add_to_it_once() throws Exception {
    // a station never heard from has no stored history: its first batch is what the rules see, without a query;
    // counted twice, 30 + 15 would reach 3 h ≥ 50 mm (橙) too early
    String token = create("shuangjiang", "T-FIRST", "rain", SHUANGJIANG_VILLAGE);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));
    withToken(token, batch(List.of(reading("T-FIRST", "rain", t0.plus(Duration.ofHours(1)), "30")))).andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(1));
    withToken(token, batch(List.of(reading("T-FIRST", "rain", t0.plus(Duration.ofHours(2)), "15")))).andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(1));
    as("shuangjiang", get("/api/v1/alarms").param("status", "open").param("station", "T-FIRST")).andExpect(jsonPath("$", hasSize(0)));
    // a late reading inside the same 3 h: the window is corrected, 10 + 30 + 15 = 55 mm
    withToken(token, batch(List.of(reading("T-FIRST", "rain", t0, "10")))).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
    as("shuangjiang", get("/api/v1/alarms").param("status", "open").param("station", "T-FIRST")).andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].level").value("ORANGE"));
  }

  @Test
  void deleting_a_station_closes_its_alarms() throws Exception {
    String token = create("shuangjiang", "T-GONE", "rain", SHUANGJIANG_VILLAGE);
    Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS);
    withToken(token, batch(List.of(reading("T-GONE", "rain", t.minus(Duration.ofHours(1)), "60"), reading("T-GONE", "rain", t, "45"))))
        .andExpect(status().isOk());
    String open = as("shuangjiang", get("/api/v1/alarms").param("status", "active").param("station", "T-GONE"))
        .andExpect(jsonPath("$", hasSize(1))).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(open, "$[0].id")).longValue();
    as("shuangjiang", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/stations/T-GONE"))
        .andExpect(status().isNoContent());
    as("shuangjiang", get("/api/v1/alarms/" + id)).andExpect(jsonPath("$.alarm.status").value("CLOSED"))
        .andExpect(jsonPath("$.alarm.closedBy").value("shuangjiang"));
    as("shuangjiang", get("/api/v1/alarms").param("status", "active").param("station", "T-GONE")).andExpect(jsonPath("$", hasSize(0)));
  }
}
