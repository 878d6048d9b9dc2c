package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform on a real PostgreSQL, through real HTTP: the same Flyway migrations, the seed, the
 * demo users, area scoping, the audit log and the event publication registry. Runs when
 * {@code ANLAN_TEST_PG_URL} names a database (CI: jdbc:postgresql://127.0.0.1:5432/test); each run
 * gets a fresh schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresIT {

  static final String URL = System.getenv("ANLAN_TEST_PG_URL");
  static final String USER = System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres");
  static final String SCHEMA = "anlan_it";
  static final String PASSWORD = "test-password-1";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired org.anlan.platform.Deadlines deadlines;
  @Autowired org.anlan.platform.DeadlineRunner runner;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void onlyWithPostgres() {
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "ANLAN_TEST_PG_URL not set: PostgreSQL suite skipped");
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws SQLException {
    if (URL == null || URL.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(URL, USER, System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", ""));
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
    }
    registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", ""));
  }

  @Test
  void runsOnPostgresql() {
    String product = jdbc.sql("select version()").query(String.class).single();
    assertThat(product).startsWith("PostgreSQL");
    assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    assertThat(jdbc.sql("select count(*) from event_publication").query(Integer.class).single()).isNotNegative();
  }

  @Test
  void theAreaApiServesTheRealDistrict() throws Exception {
    HttpResponse<String> tree = get("/api/v1/areas", "admin");
    assertThat(tree.statusCode()).isEqualTo(200);
    List<String> towns = JsonPath.read(tree.body(), "$.children[*].code");
    List<String> villages = JsonPath.read(tree.body(), "$.children[*].children[*].code");
    assertThat(towns).hasSize(23).contains("500152110000", "500152113000");
    assertThat(villages).hasSize(304);
  }

  @Test
  void scopingHoldsOnPostgresql() throws Exception {
    HttpResponse<String> denied = get("/api/v1/areas/500152113000", "shuangjiang");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat((String) JsonPath.read(denied.body(), "$.code")).isEqualTo("access.out-of-scope");
    assertThat(get("/api/v1/areas/500152110002", "shuangjiang").statusCode()).isEqualTo(200);
  }

  @Test
  void changesAreAuditedInPostgresql() throws Exception {
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
        .header("Authorization", basic("duty")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"pg\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    String token = JsonPath.read(created.body(), "$.token");
    HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    assertThat((String) JsonPath.read(me.body(), "$.username")).isEqualTo("duty");
    assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'api-token' and actor = 'duty'").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void anAssignmentEventGoesThroughThePublicationRegistryToTheDashboard() throws Exception {
    HttpResponse<String> person = post("/api/v1/people", "shuangjiang",
        "{\"name\":\"PG 测试（虚构）\",\"mobile\":\"17700000001\",\"areaCode\":\"500152110002\"}");
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
    Integer personId = JsonPath.read(person.body(), "$.id");
    HttpResponse<String> assignment = post("/api/v1/assignments", "shuangjiang",
        "{\"personId\":" + personId + ",\"areaCode\":\"500152110002\",\"roleCode\":\"GRID_WORKER\"}");
    assertThat(assignment.statusCode()).as(assignment.body()).isEqualTo(201);
    Integer assignmentId = JsonPath.read(assignment.body(), "$.id");
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
      HttpResponse<String> feed = get("/api/v1/dashboard/responsibility-changes", "shuangjiang");
      List<Integer> ids = JsonPath.read(feed.body(), "$[*].assignmentId");
      assertThat(ids).contains(assignmentId);
    });
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%ResponsibilityAssigned' and completion_date is not null")
            .query(Integer.class).single()).isPositive());
    assertThat((List<?>) JsonPath.read(get("/api/v1/dashboard/responsibility-changes", "baizi").body(), "$[?(@.assignmentId == " + assignmentId + ")]"))
        .isEmpty();
  }

  @Test
  void sheltersCoverageAndNearestWorkOnPostgresql() throws Exception {
    HttpResponse<String> shelters = get("/api/v1/shelters", "shuangjiang");
    assertThat(shelters.statusCode()).isEqualTo(200);
    List<String> areas = JsonPath.read(shelters.body(), "$[*].areaCode");
    assertThat(areas).isNotEmpty().allSatisfy(a -> assertThat(a).startsWith("500152110"));
    HttpResponse<String> coverage = get("/api/v1/shelters/coverage", "admin");
    assertThat((Integer) JsonPath.read(coverage.body(), "$.villages")).isEqualTo(304);
    assertThat((Integer) JsonPath.read(coverage.body(), "$.uncovered")).isPositive();
    HttpResponse<String> nearest = get("/api/v1/nearest?lon=105.7434&lat=30.2190&kind=shelter&k=3", "duty");
    List<Double> distances = JsonPath.read(nearest.body(), "$[*].distanceMetres");
    assertThat(distances).hasSize(3).isSorted();
  }

  @Test
  void theRiskCalculatorsAnswerOnPostgresql() throws Exception {
    HttpResponse<String> lec = post("/api/v1/risk/lec", "duty", "{\"l\":6,\"e\":6,\"c\":7}");
    assertThat(lec.statusCode()).isEqualTo(200);
    assertThat((Double) JsonPath.read(lec.body(), "$.d")).isEqualTo(252.0);
  }

  @Test
  void readingsAreStoredOnceEachOnPostgresql() throws Exception {
    java.time.Instant t = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).minusSeconds(3600);
    String a = reading(t, "1.5");
    String b = reading(t.plusSeconds(300), "2.5");
    String bAgain = reading(t.plusSeconds(300), "9.9");
    HttpResponse<String> first = post("/api/v1/readings", "admin", "{\"readings\":[" + a + "," + b + "," + bAgain + "]}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat((Integer) JsonPath.read(first.body(), "$.stored")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(first.body(), "$.duplicates")).isEqualTo(1);
    HttpResponse<String> second = post("/api/v1/readings", "admin", "{\"readings\":[" + bAgain + "," + reading(t.plusSeconds(600), "3.5") + "]}");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat((Integer) JsonPath.read(second.body(), "$.stored")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(second.body(), "$.duplicates")).isEqualTo(1);
    assertThat(jdbc.sql("""
            select r.observed_value from monitoring_reading r join monitoring_sensor s on s.id = r.sensor_id
            join monitoring_station st on st.id = s.station_id where st.code = 'TN-RG-01' and r.observed_at >= ? order by r.observed_at""")
        .params(t.atOffset(java.time.ZoneOffset.UTC)).query(Double.class).list()).containsExactly(1.5, 2.5, 3.5);
  }

  @Test
  void anAlarmRaisingBatchIsStoredAndVisibleAndNoPooledConnectionKeepsTheNoFlushSetting() throws Exception {
    // 150 mm in an hour: the built-in 暴雨 rule (3 h ≥ 100 mm) raises a red alarm; the batch's transaction commits with
    // synchronous_commit off (the alarm visible at once), the answer waits for a synchronous commit behind it
    java.time.Instant t = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).minusSeconds(600);
    String spike = "{\"station\":\"TN-RG-02\",\"sensor\":\"rain\",\"time\":\"%s\",\"value\":150}".formatted(
        t.atOffset(java.time.ZoneOffset.ofHours(8)));
    HttpResponse<String> stored = post("/api/v1/readings", "admin", "{\"readings\":[" + spike + "]}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat((Integer) JsonPath.read(stored.body(), "$.stored")).isEqualTo(1);
    HttpResponse<String> open = get("/api/v1/alarms?status=open", "admin");
    assertThat(JsonPath.<List<String>>read(open.body(), "$[?(@.stationCode == 'TN-RG-02')].level")).contains("RED");
    // SET LOCAL: every pooled connection is back to the server's synchronous commit (a plain SET would have stayed
    // on the connection and made later, acknowledged transactions wait for no flush)
    javax.sql.DataSource pool = context.getBean(javax.sql.DataSource.class);
    int size = ((com.zaxxer.hikari.HikariDataSource) pool).getMaximumPoolSize();
    List<Connection> held = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        Connection c = pool.getConnection();
        held.add(c);
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("show synchronous_commit")) {
          rs.next();
          assertThat(rs.getString(1)).as("connection %d of %d", i + 1, size).isEqualTo("on");
        }
      }
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
  }

  @Test
  void twoSchedulerRunnersNeverFireTheSameDeadlineTwice() throws Exception {
    jdbc.sql("create table if not exists it_deadline_effect (ref varchar(200) not null, fired_by varchar(40) not null)").update();
    java.time.Instant now = java.time.Instant.now();
    for (int i = 0; i < 2000; i++) {
      assertThat(deadlines.schedule("it.once", "d/" + i, now.minusSeconds(i % 60), null)).isTrue();
    }
    assertThat(deadlines.schedule("it.once", "d/7", now, null)).as("idempotent on PostgreSQL too").isFalse();
    java.util.concurrent.ConcurrentHashMap<String, Integer> claimedBy = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> claimers = new java.util.ArrayList<>();
      for (String name : List.of("claimer-a", "claimer-b")) {
        claimers.add(pool.submit(() -> {
          Thread.currentThread().setName(name);
          int claimed;
          do {
            claimed = runner.fireDue();
            claimedBy.merge(name, claimed, Integer::sum);
          } while (claimed > 0 || pendingOnce() > 0);
        }));
      }
      for (var claimer : claimers) {
        claimer.get(120, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.sql("select count(*) from it_deadline_effect").query(Integer.class).single()).isEqualTo(2000);
    assertThat(jdbc.sql("select count(distinct ref) from it_deadline_effect").query(Integer.class).single()).isEqualTo(2000);
    assertThat(jdbc.sql("select count(*) from platform_deadline where kind = 'it.once' and status = 'DONE' and attempts = 1")
        .query(Integer.class).single()).isEqualTo(2000);
    assertThat(claimedBy.get("claimer-a")).as("both claimers worked: %s", claimedBy).isPositive();
    assertThat(claimedBy.get("claimer-b")).as("both claimers worked: %s", claimedBy).isPositive();
  }

  int pendingOnce() {
    return jdbc.sql("select count(*) from platform_deadline where kind = 'it.once' and status = 'PENDING'").query(Integer.class).single();
  }

  /** Writes one effect row per firing (no unique key, so a double firing would show) and takes a moment, so claimers overlap. */
  @org.springframework.boot.test.context.TestConfiguration
  static class OnceHandler {
    @org.springframework.context.annotation.Bean
    org.anlan.platform.DeadlineHandler onceHandler(JdbcClient jdbc) {
      return new org.anlan.platform.DeadlineHandler() {
        @Override
        public String kind() {
          return "it.once";
        }

        @Override
        public void handle(org.anlan.platform.Deadline deadline) {
          jdbc.sql("insert into it_deadline_effect (ref, fired_by) values (:ref, :by)").param("ref", deadline.ref())
              .param("by", Thread.currentThread().getName()).update();
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
    }
  }

  static String reading(java.time.Instant time, String value) {
    return "{\"station\":\"TN-RG-01\",\"sensor\":\"rain\",\"time\":\"%s\",\"value\":%s}".formatted(
        time.atOffset(java.time.ZoneOffset.ofHours(8)), value);
  }

  HttpResponse<String> post(String path, String user, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(user)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
