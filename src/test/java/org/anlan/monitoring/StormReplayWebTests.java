package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The demo storm replay: real rainfall through the ingest pipeline onto the synthetic gauges raises alarms. */
@SpringBootTest
@AutoConfigureMockMvc
class StormReplayWebTests {

  @Autowired MockMvc mvc;

  @Test
  void the_wettest_hours_of_a_real_storm_are_spread_over_the_demo_gauges() {
    double[] storm = StormReplay.read(StormReplay.DATASETS.get("2020"));
    assertThat(storm).hasSize(168);
    double[] wettest = StormReplay.wettest(storm, 48);
    assertThat(java.util.Arrays.stream(wettest).sum()).isCloseTo(163.76, org.assertj.core.data.Offset.offset(0.01));
    assertThat(java.util.Arrays.stream(StormReplay.wettest(new double[] {1, 9, 9, 1, 5}, 2)).boxed().toList()).containsExactly(9.0, 9.0);
  }

  @Test
  void a_duty_officer_replays_a_storm_and_alarms_rise_while_others_may_only_watch() throws Exception {
    MonitoringWebTests.problem(mvc.perform(post("/api/v1/monitoring/replay").with(httpBasic("shuangjiang", MonitoringWebTests.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content("{}")), 403, "access.out-of-scope");
    MonitoringWebTests.problem(mvc.perform(post("/api/v1/monitoring/replay").with(httpBasic("duty", MonitoringWebTests.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content("{\"dataset\":\"1998\"}")), 422, "monitoring.replay-invalid");
    mvc.perform(post("/api/v1/monitoring/replay").with(httpBasic("duty", MonitoringWebTests.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"dataset\":\"2020\",\"hours\":12,\"secondsPerHour\":0.5}"))
        .andExpect(status().isAccepted()).andExpect(jsonPath("$.running").value(true)).andExpect(jsonPath("$.hours").value(12));
    MonitoringWebTests.problem(mvc.perform(post("/api/v1/monitoring/replay").with(httpBasic("admin", MonitoringWebTests.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content("{}")), 422, "monitoring.replay-running");
    long deadline = System.nanoTime() + 30_000_000_000L;
    String status;
    do {
      Thread.sleep(200);
      status = mvc.perform(get("/api/v1/monitoring/replay").with(httpBasic("leader", MonitoringWebTests.PASSWORD)))
          .andReturn().getResponse().getContentAsString();
    } while (JsonPath.<Boolean>read(status, "$.running") && System.nanoTime() < deadline);
    assertThat(JsonPath.<Integer>read(status, "$.hour")).isEqualTo(12);
    int gauges = JsonPath.read(status, "$.gauges");
    assertThat(gauges).isGreaterThan(10);
    assertThat(JsonPath.<Integer>read(status, "$.readings")).isEqualTo(12 * gauges);
    String alarms = mvc.perform(get("/api/v1/alarms?status=active").with(httpBasic("duty", MonitoringWebTests.PASSWORD)))
        .andReturn().getResponse().getContentAsString();
    List<String> stations = JsonPath.read(alarms, "$[?(@.ruleName =~ /暴雨.*/)].stationCode");
    assertThat(stations).as("the storm raised rainfall alarms at demo gauges").isNotEmpty().allMatch(s -> s.startsWith("TN-RG-"));
    List<String> levels = JsonPath.read(alarms, "$[?(@.ruleName =~ /暴雨.*/)].level");
    assertThat(levels).as("a gauge under the cell reaches orange or red").containsAnyOf("ORANGE", "RED");
  }
}
