package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MQTT ingest reconnects by itself: a broker of its own (a Mosquitto process on a free port, started by the test) is
 * stopped while the application is subscribed and started again; readings published after the restart are stored
 * without anyone touching the application. Skipped when no {@code mosquitto} binary is installed (failed instead under
 * {@code ANLAN_REQUIRE_MQTT=true}, as in CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MqttReconnectIT {

  static final String STATION = "TN-RG-08";
  static final int PORT = freePort();
  static Process broker;

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  /** Before the application starts (a skip here is a skip; in the property source it would fail the context). */
  @org.junit.jupiter.api.BeforeAll
  static void broker() throws Exception {
    startBroker();
  }

  @DynamicPropertySource
  static void mqtt(DynamicPropertyRegistry registry) {
    registry.add("anlan.monitoring.mqtt.url", () -> "tcp://127.0.0.1:" + PORT);
    registry.add("anlan.monitoring.mqtt.client-id", () -> "anlan-reconnect-it");
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.destroyForcibly();
    }
  }

  static void startBroker() throws Exception {
    Path mosquitto = List.of("/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    if (mosquitto == null) {
      if ("true".equalsIgnoreCase(System.getenv("ANLAN_REQUIRE_MQTT"))) {
        throw new IllegalStateException("no mosquitto binary for the reconnect test (ANLAN_REQUIRE_MQTT=true)");
      }
      assumeTrue(false, "no mosquitto binary");
    }
    broker = new ProcessBuilder(mosquitto.toString(), "-p", String.valueOf(PORT)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!LocalBroker.listening(PORT)) {
      assertThat(System.nanoTime()).as("broker listening on %d", PORT).isLessThan(end);
      Thread.sleep(50);
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void publish(Instant time, double mm) {
    Mqtt5BlockingClient client = Mqtt5Client.builder().identifier("anlan-reconnect-pub-" + System.nanoTime()).serverHost("127.0.0.1")
        .serverPort(PORT).buildBlocking();
    client.connect();
    try {
      client.publishWith().topic("anlan/readings/" + STATION).qos(MqttQos.AT_LEAST_ONCE)
          .payload("{\"sensor\":\"rain\",\"time\":\"%s\",\"value\":%s}".formatted(time.atOffset(ZoneOffset.ofHours(8)), mm)
              .getBytes(StandardCharsets.UTF_8)).send();
    } finally {
      client.disconnect();
    }
  }

  List<Double> stored() throws Exception {
    String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("duty:test-password-1".getBytes(StandardCharsets.UTF_8));
    String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/stations/" + STATION
        + "/series?sensor=rain&points=5000")).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
    return JsonPath.read(body, "$.points[*].value");
  }

  @Test
  void readingsPublishedAfterTheBrokerRestartedAreStoredWithoutTouchingTheApplication() throws Exception {
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
      publish(hour.minus(Duration.ofHours(2)), 1.25);
      return stored().contains(1.25);
    });

    broker.destroy();
    broker.waitFor();
    Thread.sleep(1500); // the application notices the lost connection and retries
    startBroker(); // a fresh broker: no session kept, so the application must subscribe again

    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
      publish(hour.minus(Duration.ofHours(1)), 2.75);
      return stored().contains(2.75);
    });
  }
}
