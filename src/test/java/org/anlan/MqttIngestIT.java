package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.jayway.jsonpath.JsonPath;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end over the real broker (Mosquitto at 127.0.0.1:1883, else skipped): readings published with a
 * real MQTT client on {@code <prefix>/readings/{station}} are stored, raise an alarm that is visible over the
 * API and arrives on the SSE stream, and refused messages land in the dead letters with their reason.
 * A topic prefix of its own keeps this run apart from anything else on the broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MqttIngestIT {

  static final String PASSWORD = "test-password-1";
  static final String PREFIX = "anlan-it-" + UUID.randomUUID().toString().substring(0, 8);
  static final String STATION = "TN-RG-07";

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();
  Mqtt5BlockingClient publisher;

  @BeforeAll
  static void brokerRuns() {
    LocalBroker.require();
  }

  @DynamicPropertySource
  static void mqtt(DynamicPropertyRegistry registry) {
    registry.add("anlan.monitoring.mqtt.url", () -> "tcp://127.0.0.1:1883");
    registry.add("anlan.monitoring.mqtt.client-id", () -> PREFIX + "-app");
    registry.add("anlan.monitoring.mqtt.topic", () -> PREFIX + "/readings/+");
    registry.add("anlan.monitoring.mqtt.session-expiry", () -> "60s");
  }

  @AfterEach
  void disconnect() {
    if (publisher != null) {
      publisher.disconnect();
    }
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", basic("duty"))
        .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  void publish(String station, String payload) {
    if (publisher == null) {
      publisher = Mqtt5Client.builder().identifier(PREFIX + "-pub").serverHost("127.0.0.1").serverPort(1883).buildBlocking();
      publisher.connect();
    }
    publisher.publishWith().topic(PREFIX + "/readings/" + station).qos(MqttQos.AT_LEAST_ONCE)
        .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
  }

  static String reading(Instant t, double mm) {
    return "{\"sensor\":\"rain\",\"time\":\"%s\",\"value\":%s}".formatted(t.atOffset(ZoneOffset.ofHours(8)), mm);
  }

  /** Waits up to {@code seconds} for the condition. */
  static void await(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(end);
      Thread.sleep(50);
    }
  }

  @Test
  void readingsPublishedOverMqttRaiseAnAlarmSeenOverTheApiAndTheLiveStream() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    var stream = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/alarms/stream"))
        .header("Authorization", basic("duty")).build(), HttpResponse.BodyHandlers.ofLines());
    Stream<String> lines = stream.get().body();
    Thread reader = new Thread(() -> lines.forEach(events::add));
    reader.setDaemon(true);
    reader.start();
    await(10, () -> events.stream().anyMatch(l -> l.startsWith("event:hello")));

    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    publish(STATION, "{\"readings\":[%s,%s]}".formatted(reading(hour.minus(Duration.ofHours(2)), 40), reading(hour.minus(Duration.ofHours(1)), 30)));
    publish(STATION, reading(hour, 35));

    await(10, () -> JsonPath.<List<String>>read(get("/api/v1/alarms?status=active&station=" + STATION).body(), "$[*].level").contains("RED"));
    await(10, () -> events.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"stationCode\":\"" + STATION + "\"")
        && l.contains("\"level\":\"RED\"")));
    String series = get("/api/v1/stations/" + STATION + "/series?sensor=rain&points=5000").body();
    assertThat(JsonPath.<List<Double>>read(series, "$.points[*].value")).contains(40.0, 30.0, 35.0);
    assertThat(JsonPath.<List<Integer>>read(get("/api/v1/alarms?status=active&station=" + STATION).body(), "$[*].id")).hasSize(1);
  }

  @Test
  void refusedMessagesGoToTheDeadLettersWithTheirReason() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    publish(STATION, "{not json");
    publish(STATION, "{\"readings\":[{\"sensor\":\"snow\",\"time\":\"%s\",\"value\":1}]}".formatted(now.atOffset(ZoneOffset.UTC)));
    publish("NO-SUCH-STATION", reading(now, 1));
    await(10, () -> {
      List<String> codes = JsonPath.read(get("/api/v1/ingest/dead-letters?limit=50").body(), "$[*].code");
      return codes.containsAll(List.of("monitoring.mqtt-malformed", "monitoring.reading-sensor-unknown", "monitoring.reading-station-unknown"));
    });
    String letters = get("/api/v1/ingest/dead-letters?limit=50").body();
    assertThat(JsonPath.<List<String>>read(letters, "$[?(@.code=='monitoring.mqtt-malformed')].payload")).contains("{not json");
    assertThat(JsonPath.<List<String>>read(letters, "$[?(@.code=='monitoring.reading-station-unknown')].topic"))
        .contains(PREFIX + "/readings/NO-SUCH-STATION");
    HttpResponse<String> townOfficer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ingest/dead-letters"))
        .header("Authorization", basic("shuangjiang")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(townOfficer.statusCode()).isEqualTo(403);
  }
}
