package org.anlan.warning;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.AnlanApplication;
import org.anlan.messaging.Gateway;
import org.anlan.messaging.SmtpSink;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: issue 5's figures for a red warning to the whole district with 10,000 recipients.
 * Starts the application (on the PostgreSQL of {@code ANLAN_TEST_PG_URL}, schema {@code anlan_callout_bench},
 * else embedded H2 in memory) with the demo data, adds SYNTHETIC grid workers (网格员, labelled so) in the
 * villages until a district-wide warning has 10,000 recipients, with a real SMTP server (GreenMail; with
 * {@code -Dbench.smtp=sink} a discarding one, {@link SmtpSink}) and a real HTTP endpoint standing in for the SMS
 * gateway and the voice webhook. Then:
 * <ol>
 *   <li>issues a red warning to the whole district and prints the time from the approve request until every
 *       first (NOTICE) message — in-app, SMS and e-mail — has been handed to its channel;</li>
 *   <li>answers every call through its one-click link over HTTP (16 clients at once; the second argument) and prints answers/s;</li>
 *   <li>issues a second one, lets nobody answer, and prints the time from the moment its 10,000 answer
 *       deadlines fall due until the scheduler has fired all of them (each escalating its call one step).</li>
 * </ol>
 * The three steps run twice: a warm-up round first (its warnings then lifted and the outbox drained), so the
 * measured round runs compiled code as a node that has been up for a while does; {@code -Dbench.warm=false}
 * measures the cold first round alone. Run as in docs/performance.md.
 */
public final class CalloutBenchmark {

  static final String DISTRICT = "500152000000";
  static final String PASSWORD = "bench-password-1";

  public static void main(String[] args) throws Exception {
    // arguments: recipients and HTTP clients; any argument starting with -- goes to the app (e.g. --anlan.messaging.email.connections=8)
    List<String> numbers = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    int wanted = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 10_000;
    int clients = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 16;
    String pg = System.getenv("ANLAN_TEST_PG_URL");
    List<String> props = new ArrayList<>(List.of("--server.port=0", "--anlan.demo.enabled=true", "--anlan.demo.password=" + PASSWORD,
        "--logging.level.root=WARN", "--anlan.warning.callout.answer-within.RED=PT60S", "--anlan.monitoring.mqtt.url=",
        "--anlan.messaging.email.from=anlan@bench.invalid", "--anlan.messaging.sms.batch-size=100"));
    java.util.Arrays.stream(args).filter(a -> a.startsWith("--")).forEach(props::add);
    if (pg != null && !pg.isBlank()) {
      String user = System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres");
      String password = System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", "");
      try (Connection c = DriverManager.getConnection(pg, user, password); Statement s = c.createStatement()) {
        s.execute("drop schema if exists anlan_callout_bench cascade");
        s.execute("create schema anlan_callout_bench");
      }
      props.addAll(List.of("--spring.datasource.url=" + pg + (pg.contains("?") ? "&" : "?") + "currentSchema=anlan_callout_bench",
          "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
    } else {
      props.add("--spring.datasource.url=jdbc:h2:mem:callout-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
    Gateway gateway = new Gateway();
    boolean sink = "sink".equals(System.getProperty("bench.smtp"));
    GreenMail smtp = sink ? null : new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    SmtpSink relay = sink ? new SmtpSink() : null;
    if (smtp != null) {
      smtp.start();
    }
    System.out.println("[callout-bench] SMTP server: " + (sink ? "a discarding sink (-Dbench.smtp=sink)" : "GreenMail"));
    props.addAll(List.of("--anlan.messaging.sms.url=" + gateway.url("/sms"), "--anlan.messaging.voice.url=" + gateway.url("/voice"),
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + (sink ? relay.port() : smtp.getSmtp().getPort())));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(AnlanApplication.class).run(props.toArray(String[]::new));
    try {
      new CalloutBenchmark(context, clients).run(wanted, pg == null || pg.isBlank() ? "H2 (embedded, in memory)" : "PostgreSQL");
    } finally {
      context.close();
      if (smtp != null) {
        smtp.stop();
      } else {
        relay.close();
      }
      gateway.close();
    }
    System.exit(0); // the HTTP clients' pool threads would keep the JVM alive
  }

  private final JdbcTemplate jdbc;
  private final HttpClient http;
  private final int port;
  private final int clients;

  CalloutBenchmark(ConfigurableApplicationContext context, int clients) {
    this.clients = clients;
    this.http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  void run(int wanted, String database) throws Exception {
    long probe = draft();
    int before = JsonPath.<List<Object>>read(send("GET", "/api/v1/warnings/" + probe + "/recipients/preview", "admin", null), "$").size();
    addGridWorkers(Math.max(0, wanted - before));
    int recipients = JsonPath.<List<Object>>read(send("GET", "/api/v1/warnings/" + probe + "/recipients/preview", "admin", null), "$").size();
    System.out.printf("[callout-bench] database %s; district-wide recipients: %d (demo %d + synthetic grid workers)%n", database,
        recipients, before);
    if (!"false".equals(System.getProperty("bench.warm"))) {
      // a node that has run for a while has its code compiled; a first round in a fresh JVM spends much of the
      // two cores in the JIT compilers. -Dbench.warm=false measures that cold round alone.
      int warmups = Integer.getInteger("bench.warmups", 1);
      for (int w = 1; w <= warmups; w++) {
        System.out.println("[callout-bench] warm-up round " + w + " of " + warmups + " (the same three steps, then both warnings lifted) …");
        round(probe, recipients, "warm-up " + w + ": ");
        probe = draft();
      }
      if (database.startsWith("PostgreSQL")) {
        // the warm-up left tens of thousands of dead row versions and statistics of empty tables behind; a node
        // in service has had autovacuum run over yesterday's warning long before today's. Only this schema's tables
        // (a plain "vacuum analyze" also went through other benchmarks' schemas, millions of readings), and then a
        // checkpoint, so the pages the vacuum dirtied are not written out during the measured round (it once took
        // the hand-over from 6.5 s to 21.7 s)
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()", String.class)) {
          jdbc.execute("vacuum analyze " + table);
        }
        jdbc.execute("checkpoint");
      }
      System.out.println("[callout-bench] measured round …");
    }
    round(probe, recipients, "");
  }

  /** The three measured steps on a fresh district draft; afterwards both warnings are lifted and the outbox drained. */
  void round(long probe, int recipients, String label) throws Exception {
    // 1. issue: time until every first message is handed to its channel. The outbox records when each message left
    // the queue (sent_at, failed_at); the wait polls it rarely so the polling itself does not load the database.
    send("POST", "/api/v1/warnings/" + probe + "/submit", "admin", null);
    System.out.println("[callout-bench] issuing …");
    // -Dbench.profile=<file>: a CPU profile of the measured round's hand-over, or with -Dbench.profileAnswers=true of its answers
    // -Dbench.profileApprove=true: a wall-clock profile of the approve request alone (where it waits on the database)
    boolean answersProfiled = Boolean.getBoolean("bench.profileAnswers");
    boolean approveProfiled = Boolean.getBoolean("bench.profileApprove");
    boolean profiled = label.isEmpty() && !answersProfiled
        && (approveProfiled ? org.anlan.Profiling.startWall() : org.anlan.Profiling.start());
    Instant wallStart = Instant.now();
    long start = System.nanoTime();
    send("POST", "/api/v1/warnings/" + probe + "/approve", "leader", null);
    double approve = (System.nanoTime() - start) / 1e9;
    if (profiled && approveProfiled) {
      org.anlan.Profiling.stop();
      profiled = false;
    }
    System.out.printf("[callout-bench] approved in %.2f s%n", approve);
    String notice = "warning:" + probe + ":call:%:step:0:%";
    long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    // exists, by the claim index: a count(*) with the pattern read the whole outbox each time (2.4 s of PostgreSQL's
    // time during one hand-over)
    while (count("""
        select count(*) from (select 1 from messaging_message
          where channel in ('IN_APP', 'SMS', 'EMAIL') and state = 'QUEUED' and correlation like ? limit 1) q""", notice) > 0) {
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("not handed over within 5 min; queued by channel: "
            + jdbc.queryForList("select channel, state, count(*) from messaging_message where correlation like ? group by channel, state", notice));
      }
      Thread.sleep(200);
    }
    Map<String, Double> handed = new java.util.TreeMap<>();
    jdbc.query("select channel, max(coalesce(sent_at, failed_at)) from messaging_message where correlation like ? group by channel",
        rs -> {
          handed.put(rs.getString(1), Duration.between(wallStart, rs.getObject(2, java.time.OffsetDateTime.class).toInstant()).toNanos() / 1e9);
        }, notice);
    if (profiled) {
      org.anlan.Profiling.stop();
    }
    long messages = count("select count(*) from messaging_message where correlation like ?", notice);
    long failed = count("select count(*) from messaging_message where state = 'FAILED' and correlation like ?", notice);
    System.out.printf("[callout-bench] %sred warning to %d recipients: approve request %.2f s; every first message handed to its channel"
        + " after %.2f s (%s); %d messages, %d failed (no address)%n", label, recipients, approve,
        handed.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), handed, messages, failed);

    // 2. answers per second through the one-click links, from plain keep-alive HTTP/1.1 connections (the JDK
    // HttpClient cost about as much CPU as the server's work, on the same two cores)
    List<String> tokens = jdbc.queryForList("select answer_link from messaging_message where channel = 'SMS' and correlation like ?",
        String.class, notice).stream().map(l -> l.substring(l.lastIndexOf('/') + 1)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    profiled = label.isEmpty() && answersProfiled && org.anlan.Profiling.start();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(pool.submit(() -> {
        try (KeepAlive connection = new KeepAlive(port)) {
          for (int i = next.getAndIncrement(); i < tokens.size(); i = next.getAndIncrement()) {
            if (connection.post("/api/v1/answers/" + tokens.get(i), "{}") == 200) {
              ok.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double answering = (System.nanoTime() - start) / 1e9;
    if (profiled) {
      org.anlan.Profiling.stop();
    }
    pool.shutdown();
    System.out.printf("[callout-bench] %s%d answers over HTTP (%d keep-alive connections) in %.2f s: %.0f answers/s; %d calls answered%n",
        label, ok.get(), clients, answering, ok.get() / answering,
        count("select count(*) from warning_call where status = 'ANSWERED' and warning_id = ?", probe));

    // 3. 10,000 deadlines due at once: from when they fall due until the last RESEND step was recorded
    long second = draft();
    send("POST", "/api/v1/warnings/" + second + "/submit", "admin", null);
    send("POST", "/api/v1/warnings/" + second + "/approve", "leader", null);
    long calls = count("select count(*) from warning_call where warning_id = ?", second);
    Instant due = jdbc.queryForObject("select min(due_at) from warning_call where warning_id = ?", java.time.OffsetDateTime.class, second)
        .toInstant();
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
    String pending = "select count(*) from platform_deadline where kind = 'warning.callout' and status = 'PENDING' and ref like ? and due_at <= ?";
    while (count(pending, second + ":%:0", java.time.OffsetDateTime.ofInstant(due, java.time.ZoneOffset.UTC)) > 0) {
      Thread.sleep(200);
    }
    Instant last = jdbc.queryForObject("select max(at) from warning_call_step where step = 1 and warning_id = ?",
        java.time.OffsetDateTime.class, second).toInstant();
    double firing = Duration.between(due, last).toNanos() / 1e9;
    System.out.printf("[callout-bench] %s%d answer deadlines due at once: all fired (each call escalated to its next step) %.2f s after"
        + " they fell due: %.0f/s; %d RESEND steps recorded%n", label, calls, firing, calls / firing,
        count("select count(*) from warning_call_step where step = 1 and warning_id = ?", second));

    send("POST", "/api/v1/warnings/" + probe + "/lift", "leader", null);
    send("POST", "/api/v1/warnings/" + second + "/lift", "leader", null);
    long drainBy = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    // by the claim index and stopping at the first queued row: a count(*) of the state read the whole outbox
    // (hundreds of thousands of rows by now) ten times a second while the lift notices and voice calls drained
    while (count("""
        select count(*) from (select 1 from messaging_message where channel in ('IN_APP', 'SMS', 'EMAIL', 'VOICE')
          and state = 'QUEUED' limit 1) q""") > 0 && System.nanoTime() < drainBy) {
      Thread.sleep(200);
    }
  }

  /** A red draft for the whole district. */
  long draft() throws Exception {
    String body = send("POST", "/api/v1/warnings", "admin", """
        {"type": "RAINSTORM", "level": "RED", "title": "全区暴雨红色预警（基准测试）", "text": "基准测试。", "instructions": "立即转移。",
         "measures": ["EVACUATE"], "areaCodes": ["%s"], "expires": "%s"}""".formatted(DISTRICT, Instant.now().plus(Duration.ofDays(1))));
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  /** SYNTHETIC people (note says so), one grid worker assignment each, spread over the villages. */
  void addGridWorkers(int n) {
    List<String> villages = jdbc.queryForList("select code from area_division where level = 'VILLAGE' order by code", String.class);
    List<Object[]> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String village = villages.get(i % villages.size());
      people.add(new Object[] {"基准" + i, "网格员（合成）", String.format("177%08d", i), "bench" + i + "@bench.invalid", village,
          "合成数据 SYNTHETIC (callout benchmark)"});
    }
    jdbc.batchUpdate("insert into directory_person (name, position, mobile, email, area_code, available, note) values (?, ?, ?, ?, ?, true, ?)",
        people);
    jdbc.update("""
        insert into directory_assignment (person_id, role_code, target_type, target_id, area_code)
        select id, 'GRID_WORKER', 'AREA', area_code, area_code from directory_person where mobile like '177%'""");
  }

  long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  String send(String method, String path, String user, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    b.method(method, json == null ? (method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
        : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** One keep-alive HTTP/1.1 connection that POSTs and reads the status (Content-Length or chunked bodies); reconnects when the server closes. */
  static final class KeepAlive implements AutoCloseable {
    private final int port;
    private java.net.Socket socket;
    private java.io.BufferedInputStream in;
    private java.io.OutputStream out;

    KeepAlive(int port) {
      this.port = port;
    }

    int post(String path, String body) throws java.io.IOException {
      if (socket == null) {
        socket = new java.net.Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        in = new java.io.BufferedInputStream(socket.getInputStream());
        out = new java.io.BufferedOutputStream(socket.getOutputStream());
      }
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\nAccept: application/json"
          + "\r\nContent-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long.parseLong(line().split(";")[0].trim(), 16)) {
          in.skipNBytes(size);
          line();
        }
        line(); // the empty line after the last chunk (no trailers)
      } else if (length > 0) {
        in.skipNBytes(length);
      }
      if (close) {
        close();
      }
      return code;
    }

    private String line() throws java.io.IOException {
      StringBuilder sb = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new java.io.EOFException("connection closed");
        }
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }

    @Override
    public void close() throws java.io.IOException {
      if (socket != null) {
        socket.close();
        socket = null;
      }
    }
  }
}
