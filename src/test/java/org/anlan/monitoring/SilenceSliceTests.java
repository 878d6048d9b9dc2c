package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Silence through the real pipeline on a movable clock: a tick asks each worker to look at all its sensors, and the
 * workers do it a slice at a time ({@code silence-slice}, three here) between batches — every quiet gauge still gets
 * its silence alarm.
 */
@SpringBootTest(properties = {"anlan.monitoring.silence-slice=3", "anlan.monitoring.silence-check=1h"})
@AutoConfigureMockMvc
@Import(SilenceSliceTests.Clocks.class)
class SilenceSliceTests {

  static final Instant T0 = Instant.parse("2030-03-01T02:00:00Z");

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock(T0);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired MovableClock clock;
  @Autowired ReadingPipeline pipeline;
  @Autowired StationCatalogue catalogue;
  @Autowired MeterRegistry meters;

  @Test
  void a_tick_looks_at_every_sensor_a_slice_at_a_time_and_every_quiet_gauge_gets_its_silence_alarm() throws Exception {
    int gauges = 8;
    List<String> readings = new ArrayList<>();
    for (int i = 0; i < gauges; i++) {
      String code = "T-QUIET-" + i;
      mvc.perform(post("/api/v1/stations").with(httpBasic("admin", MonitoringWebTests.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
              .content("""
                  {"code": "%s", "name": "静默站 %d", "kind": "rain", "lon": %s, "lat": %s, "areaCode": "%s", "intervalSeconds": 600}"""
                  .formatted(code, i, MonitoringWebTests.LON, MonitoringWebTests.LAT, MonitoringWebTests.SHUANGJIANG_VILLAGE)))
          .andExpect(status().isCreated());
      readings.add(MonitoringWebTests.reading(code, "rain", T0, "0.5"));
    }
    mvc.perform(post("/api/v1/readings").with(httpBasic("admin", MonitoringWebTests.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
        .content(MonitoringWebTests.batch(readings))).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(gauges));
    long slicesBefore = meters.timer("anlan.readings.silence-check").count();

    clock.set(T0.plus(Duration.ofMinutes(31))); // three intervals of 10 min without a reading: blue
    pipeline.tick();

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (quietAlarms() < gauges && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(quietAlarms()).isEqualTo(gauges);
    assertThat(jdbc.sql("select distinct level from monitoring_alarm where station_code like 'T-QUIET-%'").query(String.class).list())
        .containsExactly("BLUE");
    // every sensor the workers own was looked at, three at a time
    assertThat(meters.timer("anlan.readings.silence-check").count() - slicesBefore)
        .isGreaterThanOrEqualTo(catalogue.allSensors().size() / 3);
  }

  long quietAlarms() {
    return jdbc.sql("select count(*) from monitoring_alarm where station_code like 'T-QUIET-%' and active_key is not null")
        .query(Long.class).single();
  }
}
