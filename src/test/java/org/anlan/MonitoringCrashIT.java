package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 断电测试: the packaged application on PostgreSQL takes readings over HTTP and MQTT at once, is killed with
 * SIGKILL mid-stream and started again. Every reading that was acknowledged — HTTP 2xx, or MQTT PUBACK from
 * the broker to the publisher (the broker keeps the message for the application's persistent session until
 * the application acknowledges it, which it does only after commit) — must be stored afterwards, and the
 * alarm that was active before the crash must still be the one active alarm of its sensor (its state is
 * rebuilt, not raised again). Runs when {@code ANLAN_TEST_PG_URL} names a database and a broker listens at
 * 127.0.0.1:1883 (CI's PostgreSQL suite); needs {@code target/anlan.jar} (the package phase).
 */
class MonitoringCrashIT {

  static final String URL = System.getenv("ANLAN_TEST_PG_URL");
  static final String USER = System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres");
  static final String SCHEMA = "anlan_crash";
  static final String PASSWORD = "test-password-1";
  static final String PREFIX = "anlan-crash-" + UUID.randomUUID().toString().substring(0, 8);
  static final String HTTP_STATION = "TN-RG-12";
  static final String MQTT_STATION = "TN-RG-13";

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  Process app;
  int port;

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroyForcibly();
    }
  }

  @Test
  void everyAcknowledgedReadingSurvivesAKillAndTheAlarmStateIsRebuilt() throws Exception {
    assumeTrue(URL != null && !URL.isBlank(), "ANLAN_TEST_PG_URL not set");
    LocalBroker.require();
    Path jar = Path.of("target", "anlan.jar");
    assumeTrue(Files.exists(jar), "target/anlan.jar not built");
    try (var c = DriverManager.getConnection(URL, USER, System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", ""));
        var s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
    }
    port = freePort();
    start(jar);

    // an alarm before the crash: three wet hours on the HTTP station
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    assertThat(post(List.of(reading(HTTP_STATION, hour.minus(Duration.ofHours(3)), 60), reading(HTTP_STATION, hour.minus(Duration.ofHours(2)), 45))))
        .isEqualTo(200);
    assertThat(activeAlarms(HTTP_STATION)).containsExactly("RED");
    List<Integer> alarmBefore = activeAlarmIds(HTTP_STATION);

    Set<Instant> ackedHttp = ConcurrentHashMap.newKeySet();
    Set<Instant> ackedMqtt = ConcurrentHashMap.newKeySet();
    AtomicBoolean loading = new AtomicBoolean(true);
    Instant base = hour.minus(Duration.ofDays(20));
    Thread httpLoad = new Thread(() -> httpLoad(base, ackedHttp, loading));
    Mqtt5AsyncClient publisher = Mqtt5Client.builder().identifier(PREFIX + "-pub").serverHost("127.0.0.1").serverPort(1883).buildAsync();
    publisher.connect().get();
    Thread mqttLoad = new Thread(() -> mqttLoad(publisher, base, ackedMqtt, loading));
    httpLoad.start();
    mqttLoad.start();
    Thread.sleep(6_000);
    app.destroyForcibly().waitFor();
    Thread.sleep(1_000);
    loading.set(false);
    httpLoad.join();
    mqttLoad.join();
    publisher.disconnect().get();
    assertThat(ackedHttp).as("HTTP readings acknowledged before the kill").isNotEmpty();
    assertThat(ackedMqtt).as("MQTT readings acknowledged by the broker before the kill").isNotEmpty();

    start(jar);
    Instant end = base.plus(Duration.ofDays(3));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Set<Instant> storedMqtt = stored(MQTT_STATION, base, end);
    while (!storedMqtt.containsAll(ackedMqtt) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      storedMqtt = stored(MQTT_STATION, base, end);
    }
    assertThat(stored(HTTP_STATION, base, end)).as("every HTTP reading answered 2xx is stored").containsAll(ackedHttp);
    assertThat(storedMqtt).as("every MQTT reading the broker acknowledged is stored").containsAll(ackedMqtt);

    assertThat(activeAlarms(HTTP_STATION)).as("the alarm survived as the one active alarm").containsExactly("RED");
    assertThat(post(List.of(reading(HTTP_STATION, hour.minus(Duration.ofHours(1)), 0), reading(HTTP_STATION, hour, 0)))).isEqualTo(200);
    assertThat(activeAlarms(HTTP_STATION)).as("the next readings change the same alarm's level (3 h: 45 mm, 6 h: 105 mm)")
        .containsExactly("YELLOW");
    assertThat(activeAlarmIds(HTTP_STATION)).isEqualTo(alarmBefore);
  }

  void httpLoad(Instant base, Set<Instant> acked, AtomicBoolean loading) {
    int i = 0;
    while (loading.get() && i < 4_000) {
      List<Instant> times = new ArrayList<>();
      List<String> items = new ArrayList<>();
      for (int k = 0; k < 10; k++, i++) {
        Instant t = base.plus(Duration.ofMinutes(i));
        times.add(t);
        items.add(reading(HTTP_STATION, t, 0.01));
      }
      try {
        if (post(items) == 200) {
          acked.addAll(times);
        }
      } catch (Exception e) {
        // the application is down: not acknowledged
      }
    }
  }

  void mqttLoad(Mqtt5AsyncClient publisher, Instant base, Set<Instant> acked, AtomicBoolean loading) {
    int i = 0;
    while (loading.get() && i < 4_000) {
      List<Instant> times = new ArrayList<>();
      StringBuilder payload = new StringBuilder("{\"readings\":[");
      for (int k = 0; k < 10; k++, i++) {
        Instant t = base.plus(Duration.ofMinutes(i));
        times.add(t);
        payload.append(k == 0 ? "" : ",").append("{\"sensor\":\"rain\",\"time\":\"").append(t.atOffset(ZoneOffset.ofHours(8)))
            .append("\",\"value\":0.01}");
      }
      payload.append("]}");
      publisher.publishWith().topic(PREFIX + "/readings/" + MQTT_STATION).qos(MqttQos.AT_LEAST_ONCE)
          .payload(payload.toString().getBytes(StandardCharsets.UTF_8)).send()
          .thenAccept(ack -> acked.addAll(times));
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  void start(Path jar) throws Exception {
    Path log = Files.createTempFile("anlan-crash", ".log");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
        jar.toString(), "--server.port=" + port, "--anlan.monitoring.mqtt.client-id=" + PREFIX + "-app",
        "--anlan.monitoring.mqtt.topic=" + PREFIX + "/readings/+", "--anlan.monitoring.mqtt.session-expiry=5m")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("ANLAN_DB_URL", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    pb.environment().put("ANLAN_DB_USER", USER);
    pb.environment().put("ANLAN_DB_PASSWORD", System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", ""));
    pb.environment().put("ANLAN_MQTT_URL", "tcp://127.0.0.1:1883");
    pb.environment().put("ANLAN_DEMO", "true");
    pb.environment().put("ANLAN_DEMO_PASSWORD", PASSWORD);
    app = pb.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("the application runs (log: %s)", log).isTrue();
      try {
        var r = http.send(HttpRequest.newBuilder(uri("/api/v1/stations/" + MQTT_STATION)).header("Authorization", basic()).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the application did not start within 120 s; log: " + log);
  }

  int post(List<String> items) throws Exception {
    return http.send(HttpRequest.newBuilder(uri("/api/v1/readings")).header("Authorization", basic()).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString("{\"readings\":[" + String.join(",", items) + "]}")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  List<String> activeAlarms(String station) throws Exception {
    String body = http.send(HttpRequest.newBuilder(uri("/api/v1/alarms?status=active&station=" + station)).header("Authorization", basic()).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return JsonPath.read(body, "$[*].level");
  }

  List<Integer> activeAlarmIds(String station) throws Exception {
    String body = http.send(HttpRequest.newBuilder(uri("/api/v1/alarms?status=active&station=" + station)).header("Authorization", basic()).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return JsonPath.read(body, "$[*].id");
  }

  Set<Instant> stored(String station, Instant from, Instant to) throws Exception {
    String body = http.send(HttpRequest.newBuilder(uri("/api/v1/stations/" + station + "/series?sensor=rain&points=5000&from="
                + from.atOffset(ZoneOffset.UTC) + "&to=" + to.atOffset(ZoneOffset.UTC)))
            .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(body).as("series of %s", station).contains("\"points\"");
    List<String> times = JsonPath.read(body, "$.points[*].time");
    Set<Instant> out = new HashSet<>();
    times.forEach(t -> out.add(Instant.parse(t)));
    return out;
  }

  static String reading(String station, Instant t, double mm) {
    return "{\"station\":\"%s\",\"sensor\":\"rain\",\"time\":\"%s\",\"value\":%s}".formatted(station, t.atOffset(ZoneOffset.ofHours(8)), mm);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
