package org.anlan;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Socket;

/**
 * The MQTT broker the integration tests publish to, at 127.0.0.1:1883. Without one a developer's run skips those
 * tests; with {@code ANLAN_REQUIRE_MQTT=true} (set by {@code .ci/run}) a missing broker fails them instead, so CI can
 * never pass with the MQTT tests silently skipped.
 */
final class LocalBroker {

  static final String HOST = "127.0.0.1";
  static final int PORT = 1883;

  private LocalBroker() {}

  static boolean runs() {
    return listening(PORT);
  }

  /** Whether something accepts connections at the port on this machine. */
  static boolean listening(int port) {
    try (Socket s = new Socket(HOST, port)) {
      return s.isConnected();
    } catch (IOException e) {
      return false;
    }
  }

  /** Skips the test (fails it under {@code ANLAN_REQUIRE_MQTT=true}) when no broker listens. */
  static void require() {
    if (runs()) {
      return;
    }
    String why = "no MQTT broker at " + HOST + ":" + PORT;
    if ("true".equalsIgnoreCase(System.getenv("ANLAN_REQUIRE_MQTT"))) {
      fail(why + " (ANLAN_REQUIRE_MQTT=true)");
    }
    assumeTrue(false, why);
  }
}
