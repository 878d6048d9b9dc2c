package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.messaging.Gateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 叫应 断电测试: a red warning to the whole district (every demo cadre, about 1,000 calls, steps 6 s apart) is
 * issued on the packaged application on PostgreSQL; a few recipients answer; the process is killed with
 * SIGKILL while the first escalation deadlines are firing, and started again. Afterwards every due step
 * must have fired exactly once: each silent call went through every step once and ended unanswered, each
 * answered call was never escalated, every deadline ended DONE or CANCELLED (none pending, none failed, none
 * fired twice), and every message the outbox counts as sent reached the gateway stand-in (a message in flight
 * at the kill may reach it twice with the same {@code ref}, which a gateway de-duplicates; the test reports
 * how many). Runs in CI's PostgreSQL suite; needs {@code target/anlan.jar}.
 */
class CalloutCrashIT {

  static final String DISTRICT = "500152000000";
  PackagedApp app;
  Gateway gateway;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.kill();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void afterAKillEveryDueEscalationStepFiresOnceAndNobodyGetsAStepTwice() throws Exception {
    assumeTrue(PackagedApp.available(), "ANLAN_TEST_PG_URL not set or target/anlan.jar not built");
    gateway = new Gateway();
    app = new PackagedApp("anlan_callout_crash");
    List<String> args = List.of("--anlan.warning.callout.answer-within.RED=PT6S", "--anlan.platform.scheduler.poll-interval=100ms",
        "--anlan.messaging.poll-interval=100ms", "--anlan.messaging.lease=5s", "--anlan.monitoring.mqtt.url=");
    Map<String, String> env = Map.of("ANLAN_SMS_URL", gateway.url("/sms"), "ANLAN_VOICE_URL", gateway.url("/voice"));
    app.start(args, env, "/api/v1/warnings");

    Instant now = Instant.now();
    HttpResponse<String> created = app.send("POST", "/api/v1/warnings", "admin", """
        {"type": "RAINSTORM", "level": "RED", "title": "全区暴雨红色预警（断电测试）", "text": "断电测试。",
         "instructions": "立即转移。", "measures": ["EVACUATE"], "areaCodes": ["%s"], "expires": "%s"}"""
        .formatted(DISTRICT, now.plus(Duration.ofDays(1))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    assertThat(app.send("POST", "/api/v1/warnings/" + id + "/submit", "admin", null).statusCode()).isEqualTo(200);
    HttpResponse<String> approved = app.send("POST", "/api/v1/warnings/" + id + "/approve", "leader", null);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    long calls = count("select count(*) from warning_call where warning_id = " + id);
    assertThat(calls).isGreaterThan(500);

    // five answer by their links before anything is due
    List<String> links;
    try (Connection c = app.connect(); var s = c.createStatement();
        var rs = s.executeQuery("select answer_link from messaging_message where channel = 'SMS' and correlation like 'warning:" + id
            + ":call:%:step:0:%' order by id limit 5")) {
      links = new java.util.ArrayList<>();
      while (rs.next()) {
        links.add(rs.getString(1));
      }
    }
    for (String link : links) {
      assertThat(app.send("POST", "/api/v1/answers/" + link.substring(link.lastIndexOf('/') + 1), null, "{}").statusCode()).isEqualTo(200);
    }

    // kill while the first escalation deadlines fire
    String deadlines = "select count(*) from platform_deadline where kind = 'warning.callout' and ref like '" + id + ":%'";
    long killedAfter = -1;
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      long done = count(deadlines + " and status = 'DONE'");
      if (done > 0) {
        app.kill();
        killedAfter = done;
        break;
      }
      Thread.sleep(20);
    }
    assertThat(killedAfter).as("escalation began before the kill").isPositive();
    long doneAtKill = count(deadlines + " and status = 'DONE'");
    System.out.printf("[callout-crash] %d calls; killed after %d of the first %d escalation deadlines were done%n", calls,
        doneAtKill, calls - links.size());

    app.start(args, env, "/api/v1/warnings");
    until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (count("select count(*) from warning_call where status = 'WAITING' and warning_id = " + id) > 0) {
      assertThat(System.nanoTime()).as("every call settles within 180 s of the restart").isLessThan(until);
      Thread.sleep(500);
    }

    // answered calls were never escalated; every silent one went through every step once and ended unanswered
    assertThat(count("select count(*) from warning_call where status = 'ANSWERED' and warning_id = " + id)).isEqualTo(links.size());
    assertThat(count("select count(*) from warning_call where status = 'UNANSWERED' and warning_id = " + id)).isEqualTo(calls - links.size());
    assertThat(count("select count(*) from warning_call_step s join warning_call c on c.id = s.call_id where c.status = 'ANSWERED'"
        + " and s.step > 0 and c.warning_id = " + id)).isZero();
    assertThat(count("select count(*) from (select call_id from warning_call_step where warning_id = " + id
        + " group by call_id having count(distinct step) <> 4) x")).as("silent calls with a step missing").isEqualTo(links.size());
    // every deadline fired once or was cancelled by an answer: none pending, none failed, one per step that waited
    assertThat(count(deadlines + " and status in ('PENDING', 'FAILED')")).isZero();
    assertThat(count(deadlines + " and status = 'CANCELLED'")).isEqualTo(links.size());
    assertThat(count(deadlines + " and status = 'DONE'")).isEqualTo(count("select count(*) from (select distinct call_id, step from"
        + " warning_call_step where person_id <> 0 and warning_id = " + id + ") x") - links.size());
    // the outbox holds each step's message once, and every one it counts as sent reached the gateway
    assertThat(count("select count(*) - count(distinct correlation) from messaging_message where correlation like 'warning:" + id + ":%'"))
        .isZero();
    Set<String> sent = strings("select correlation from messaging_message where state in ('SENT', 'DELIVERED') and channel in ('SMS', 'VOICE')"
        + " and correlation like 'warning:" + id + ":call:%'");
    Map<String, Long> hits = gateway.hits.stream().filter(h -> h.ref().startsWith("warning:" + id + ":call:"))
        .collect(Collectors.groupingBy(Gateway.Hit::ref, HashMap::new, Collectors.counting()));
    assertThat(hits.keySet()).containsAll(sent);
    long twice = hits.values().stream().filter(n -> n > 1).count();
    System.out.printf("[callout-crash] %d SMS/voice messages sent; %d reached the gateway twice (in flight at the kill, same ref)%n",
        sent.size(), twice);
    assertThat(hits.values()).as("nothing reached the gateway more than twice").allMatch(n -> n <= 2);
  }

  long count(String sql) throws Exception {
    try (Connection c = app.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  Set<String> strings(String sql) throws Exception {
    Set<String> out = new java.util.HashSet<>();
    try (Connection c = app.connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
