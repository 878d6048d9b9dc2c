package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/anlan.jar}) as a separate process on a PostgreSQL schema of its own,
 * for the crash tests: started with the demo data, killed with SIGKILL, started again on the same schema.
 * Needs {@code ANLAN_TEST_PG_URL} (and optionally {@code ANLAN_TEST_PG_USER}, {@code ANLAN_TEST_PG_PASSWORD}).
 */
final class PackagedApp {

  static final String URL = System.getenv("ANLAN_TEST_PG_URL");
  static final String USER = System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres");
  static final String DB_PASSWORD = System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", "");
  static final String PASSWORD = "test-password-1";
  static final Path JAR = Path.of("target", "anlan.jar");

  private final String schema;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  /** A fresh, empty schema and a free port. */
  PackagedApp(String schema) throws Exception {
    this.schema = schema;
    try (Connection c = connect(); var s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    }
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
  }

  static boolean available() {
    return URL != null && !URL.isBlank() && Files.exists(JAR);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(URL + (schema == null ? "" : (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema),
        USER, DB_PASSWORD);
  }

  /**
   * Starts the jar with these extra arguments and environment, and waits until {@code readyPath} answers 200
   * to the demo admin (at most 120 s).
   */
  void start(List<String> args, Map<String, String> env, String readyPath) throws Exception {
    Path log = Files.createTempFile("anlan-crash", ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-jar", JAR.toString(), "--server.port=" + port));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("ANLAN_DB_URL", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    pb.environment().put("ANLAN_DB_USER", USER);
    pb.environment().put("ANLAN_DB_PASSWORD", DB_PASSWORD);
    pb.environment().put("ANLAN_DEMO", "true");
    pb.environment().put("ANLAN_DEMO_PASSWORD", PASSWORD);
    pb.environment().putAll(env);
    process = pb.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the application runs (log: %s)", log).isTrue();
      try {
        if (send("GET", readyPath, "admin", null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the application did not start within 120 s; log: " + log);
  }

  /** SIGKILL: no shutdown hooks, no graceful stop. */
  void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor();
    }
  }

  HttpResponse<String> send(String method, String path, String user, String json) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Accept-Language", "en");
    if (user != null) {
      b.header("Authorization", basic(user));
    }
    if (json != null || !method.equals("GET")) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? (method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
        : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
