package org.anlan.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.anlan.AnlanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the households import (not a test): starts the embedded demo (in-memory H2, test
 * settings), makes a 10,000-row workbook with POI (fixed seed, 5% of rows with a vulnerable person,
 * spread over the demo zones) and posts it as {@code admin} to {@code POST /api/v1/danger-zones/households.xlsx}
 * twice: the first run creates the households, the second updates them. Prints seconds measured by
 * the client (whole HTTP request) and by the server (the import itself), and the progress polled every
 * 300 ms while it ran (the import carries an {@code X-Import-Id}). See docs/performance.md.
 */
public final class HouseholdImportBenchmark {

  static final int ROWS = 10_000;

  public static void main(String[] args) throws Exception {
    try (ConfigurableApplicationContext app = SpringApplication.run(AnlanApplication.class, "--server.port=0",
        "--logging.level.root=WARN")) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      List<String> zones = app.getBean(JdbcClient.class).sql("select code from risk_zone order by code").query(String.class).list();
      long t = System.nanoTime();
      byte[] workbook = workbook(zones);
      System.out.printf(Locale.ROOT, "JVM %s, %d cores; workbook of %d rows, %d KB, made in %.2f s%n", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), ROWS, workbook.length / 1024, (System.nanoTime() - t) / 1e9);
      for (String run : List.of("first import (creates)", "re-import (updates)")) {
        String id = java.util.UUID.randomUUID().toString();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ScheduledExecutorService poller = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        poller.scheduleAtFixedRate(() -> seen.add(progress(port, id)), 0, 300, java.util.concurrent.TimeUnit.MILLISECONDS);
        t = System.nanoTime();
        String answer = post(port, workbook, id);
        double seconds = (System.nanoTime() - t) / 1e9;
        poller.shutdownNow();
        System.out.printf(Locale.ROOT, "%s: %.2f s through HTTP; server answered %s%n  polled every 300 ms: %s%n  after: %s%n", run, seconds,
            answer, seen.stream().distinct().toList(), progress(port, id));
      }
    }
  }

  static byte[] workbook(List<String> zones) {
    Random random = new Random(20260604L);
    List<String[]> rows = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      boolean vulnerable = random.nextInt(20) == 0;
      rows.add(new String[] {zones.get(random.nextInt(zones.size())), "测试户主" + i, String.valueOf(1 + random.nextInt(6)),
          String.format("1990002%04d", i), "测试地址" + i + "号（虚构）", "（基准测试）", vulnerable ? "测试老人" + i : null,
          vulnerable ? "独居老人" : null, null, null});
    }
    return HouseholdSheet.write(rows);
  }

  /** The progress of import {@code id} as {@code admin} sees it, or the HTTP status when there is none. */
  static String progress(int port, String id) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/api/v1/imports/" + id + "/progress")).header("Authorization", basic()).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : String.valueOf(response.statusCode());
    } catch (IOException | InterruptedException e) {
      return e.toString();
    }
  }

  static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString("admin:test-password-1".getBytes(StandardCharsets.UTF_8));
  }

  static String post(int port, byte[] workbook, String importId) throws IOException, InterruptedException {
    String boundary = "anlan-benchmark-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.xlsx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(workbook);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/danger-zones/households.xlsx"))
        .header("Authorization", basic()).header("X-Import-Id", importId)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body();
  }
}
