package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anlan.messaging.Gateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main loop end to end, every part real: rain readings published over MQTT (Mosquitto at 127.0.0.1:1883)
 * raise a red alarm; the alarm becomes a draft, which the duty officer submits and the leader approves; the
 * 叫应 NOTICE reaches a real HTTP endpoint standing in for the SMS gateway and a real SMTP server (GreenMail);
 * some recipients answer by their one-click links, one by SMS reply through the inbound webhook; the others
 * stay silent and are chased on the next channel (voice webhook), then their AB岗 deputy, then the town's
 * leader and the duty officer on shift, and end unanswered. The board, the response record and the analysis
 * must show exactly that. Steps are 5 s apart here (anlan.warning.callout.answer-within.RED=PT5S).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "anlan.warning.callout.answer-within.RED=PT5S", "anlan.platform.scheduler.poll-interval=100ms",
    "anlan.messaging.poll-interval=100ms", "anlan.messaging.sms.webhook-secret=e2e-webhook-secret",
    "anlan.messaging.email.from=anlan@test.invalid", "anlan.warning.callout.link-base=https://anlan.test"})
// its own settings (fast polling, test endpoints) make a context of its own: close it afterwards, so its threads
// do not keep polling while the other suites run
@org.springframework.test.annotation.DirtiesContext
class CalloutEndToEndIT {

  static final String PASSWORD = "test-password-1";
  static final String PREFIX = "anlan-e2e-" + UUID.randomUUID().toString().substring(0, 8);
  static final String STATION = "TN-RG-05";
  static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  static Gateway gateway;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void parts() throws IOException {
    LocalBroker.require();
    smtp.start();
    gateway = new Gateway();
  }

  @AfterAll
  static void stopParts() {
    smtp.stop();
    if (gateway != null) {
      gateway.close();
    }
  }

  @DynamicPropertySource
  static void endpoints(DynamicPropertyRegistry registry) {
    registry.add("anlan.monitoring.mqtt.url", () -> "tcp://127.0.0.1:1883");
    registry.add("anlan.monitoring.mqtt.client-id", () -> PREFIX + "-app");
    registry.add("anlan.monitoring.mqtt.topic", () -> PREFIX + "/readings/+");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("anlan.messaging.sms.url", () -> gateway.url("/sms"));
    registry.add("anlan.messaging.voice.url", () -> gateway.url("/voice"));
  }

  @Test
  void readingsRaiseAnAlarmTheWarningReachesEveryoneAndTheSilentAreChasedUpToTheDutyOfficer() throws Exception {
    // 1. MQTT readings → a red alarm → a warning draft
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    Mqtt5BlockingClient mqtt = Mqtt5Client.builder().identifier(PREFIX + "-pub").serverHost("127.0.0.1").serverPort(1883).buildBlocking();
    mqtt.connect();
    try {
      mqtt.publishWith().topic(PREFIX + "/readings/" + STATION).qos(MqttQos.AT_LEAST_ONCE).payload(("{\"readings\":["
          + reading(hour.minus(Duration.ofHours(2)), 40) + "," + reading(hour.minus(Duration.ofHours(1)), 35) + ","
          + reading(hour, 35) + "]}").getBytes(StandardCharsets.UTF_8)).send();
    } finally {
      mqtt.disconnect();
    }
    await(20, () -> !jdbc.sql("select id from warning_warning where source = 'ALARM' and source_ref like ? and level = 'RED'")
        .param("alarm:%/" + STATION).query(Long.class).list().isEmpty());
    long id = jdbc.sql("select id from warning_warning where source = 'ALARM' and source_ref like ? and level = 'RED'")
        .param("alarm:%/" + STATION).query(Long.class).single();

    // 2. the duty officer submits, the leader (red) approves
    assertThat(send("POST", "/api/v1/warnings/" + id + "/submit", "duty", null).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/warnings/" + id + "/approve", "leader", null).statusCode()).isEqualTo(200);
    List<Map<String, Object>> calls = JsonPath.read(get("/api/v1/warnings/" + id + "/responses"), "$");
    int n = calls.size();
    assertThat(n).isGreaterThan(4);

    // 3. every recipient's SMS reaches the gateway; those with an e-mail address get the e-mail
    String notice = "warning:" + id + ":call:";
    await(15, () -> gateway.hits.stream().filter(h -> h.path().equals("/sms") && h.ref().startsWith(notice) && h.ref().contains(":step:0:"))
        .map(Gateway.Hit::ref).distinct().count() == n);
    Map<Long, Gateway.Hit> smsByCall = gateway.hits.stream()
        .filter(h -> h.path().equals("/sms") && h.ref().startsWith(notice) && h.ref().contains(":step:0:"))
        .collect(Collectors.toMap(h -> callOf(h.ref()), h -> h, (a, b) -> a));
    long withEmail = calls.stream().filter(c -> jdbc.sql("select email from warning_call where id = ?").param(((Number) c.get("callId")).longValue())
        .query(String.class).optional().isPresent()).count();
    await(15, () -> smtp.getReceivedMessages().length >= withEmail);
    assertThat(withEmail).as("the demo district leader has an e-mail address").isPositive();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).contains("红色预警");

    // 4. answers: the first two by their one-click links, the third by SMS reply; the rest stay silent
    List<Long> ids = smsByCall.keySet().stream().sorted().toList();
    for (long call : ids.subList(0, 2)) {
      String link = link(smsByCall.get(call).text());
      assertThat(link).startsWith("https://anlan.test/a/");
      HttpResponse<String> r = send("POST", "/api/v1/answers/" + link.substring(link.lastIndexOf('/') + 1), null, "{\"feedback\":\"已组织转移\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    Gateway.Hit third = smsByCall.get(ids.get(2));
    HttpResponse<String> inbound = http.send(HttpRequest.newBuilder(uri("/api/v1/messaging/sms/inbound"))
        .header("Content-Type", "application/json").header("X-Anlan-Webhook-Secret", "e2e-webhook-secret")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"up-" + PREFIX + "\",\"mobile\":\"" + third.mobile()
            + "\",\"text\":\"收到，本村无险情\",\"receivedAt\":\"" + Instant.now() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(inbound.statusCode()).as(inbound.body()).isEqualTo(200);
    Set<Long> answered = new HashSet<>(ids.subList(0, 3));

    // 5. the silent are chased: voice, deputy, superior + duty officer, then unanswered
    await(60, () -> {
      List<String> statuses = JsonPath.read(get("/api/v1/warnings/" + id + "/board"), "$.towns[*].places[*].calls[*].status");
      return statuses.stream().noneMatch("WAITING"::equals);
    });
    String board = get("/api/v1/warnings/" + id + "/board");
    assertThat((Integer) JsonPath.read(board, "$.counts.answered")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(board, "$.counts.unanswered")).isEqualTo(n - 3);
    String responses = get("/api/v1/warnings/" + id + "/responses");
    for (long call : ids) {
      List<String> kinds = JsonPath.read(responses, "$[?(@.callId == " + call + ")].steps[*].kind");
      List<String> status = JsonPath.read(responses, "$[?(@.callId == " + call + ")].status");
      if (answered.contains(call)) {
        assertThat(status).containsExactly("ANSWERED");
        assertThat(kinds).as("answered in time: no escalation").containsOnly("NOTICE");
      } else {
        assertThat(status).containsExactly("UNANSWERED");
        assertThat(kinds).contains("NOTICE", "RESEND", "DEPUTY", "SUPERIOR");
        // the voice call of the RESEND step reached the webhook
        assertThat(gateway.hits).anyMatch(h -> h.path().equals("/voice") && h.ref().startsWith(notice + call + ":step:1:"));
      }
    }
    List<String> channels = JsonPath.read(responses, "$[?(@.callId == " + ids.get(2) + ")].answerChannel");
    assertThat(channels).containsExactly("SMS");
    // someone silent had an AB岗 deputy, who got the deputy SMS; the duty officer on shift got the superior step
    List<String> deputies = JsonPath.read(responses, "$[*].steps[?(@.kind == 'DEPUTY' && @.personId)].name");
    assertThat(deputies).isNotEmpty();
    assertThat(gateway.hits).anyMatch(h -> h.path().equals("/sms") && h.ref().startsWith(notice) && h.ref().contains(":step:2:")
        && h.text().contains("AB岗代收"));
    List<String> superiors = JsonPath.read(responses, "$[*].steps[?(@.kind == 'SUPERIOR')].note");
    assertThat(superiors).contains("值班员");
    assertThat(gateway.hits).anyMatch(h -> h.path().equals("/sms") && h.ref().contains(":step:3:") && h.text().contains("叫应督促"));
    // every message was handed over: nothing queued or failed except e-mails to people without an address
    List<String> states = JsonPath.read(responses, "$[*].steps[*].deliveries[?(@.channel != 'EMAIL')].state");
    assertThat(states).isNotEmpty().allMatch(s -> s.equals("SENT") || s.equals("DELIVERED"));

    // 6. the analysis says the same
    String analysis = get("/api/v1/callouts/analysis?warning=" + id);
    assertThat((Integer) JsonPath.read(analysis, "$.overall.calls")).isEqualTo(n);
    assertThat((Integer) JsonPath.read(analysis, "$.overall.answered")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(analysis, "$.unanswered")).isEqualTo(n - 3);
    assertThat((Integer) JsonPath.read(analysis, "$.answerChannels.LINK")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(analysis, "$.answerChannels.SMS")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(analysis, "$.escalations.RESEND")).isEqualTo(n - 3);
    assertThat((Integer) JsonPath.read(analysis, "$.escalations.SUPERIOR")).isGreaterThanOrEqualTo(n - 3);
  }

  static long callOf(String ref) {
    return Long.parseLong(ref.split(":")[3]);
  }

  static String link(String text) {
    int at = text.indexOf("https://anlan.test/a/");
    assertThat(at).as("a link in: %s", text).isNotNegative();
    String rest = text.substring(at);
    int end = rest.indexOf(' ');
    return end < 0 ? rest : rest.substring(0, end);
  }

  static String reading(Instant t, double mm) {
    return "{\"sensor\":\"rain\",\"time\":\"%s\",\"value\":%s}".formatted(t.atOffset(ZoneOffset.ofHours(8)), mm);
  }

  String get(String path) throws Exception {
    HttpResponse<String> r = send("GET", path, "duty", null);
    assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
    return r.body();
  }

  HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en");
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    b.header("Content-Type", "application/json");
    b.method(method, json == null ? (method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
        : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static void await(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(end);
      Thread.sleep(100);
    }
  }
}
