package org.anlan.monitoring;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.io.StringReader;
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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.anlan.AnlanApplication;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark of monitoring ingest on PostgreSQL (not a test; see docs/performance.md). Starts the app on a
 * fresh schema with MQTT ingest on, adds 10,000 stations with 2 sensors each (water level and rain) in bulk
 * and windowed rules (1 h rain sum, 10 min level average, rarely crossed; a level spike rule that fires;
 * the built-in 暴雨 and silence rules also apply), then:
 * (a) drives the pipeline ({@code ReadingPipeline.submit}, the entry HTTP and MQTT share) at full speed
 * and prints the sustained readings/s, and the rate through {@code POST /api/v1/readings};
 * (b) COPYs as many such rows into the same table (another time range) and prints the rate and the ratio;
 * (c) publishes over real MQTT (QoS 1) at 1,000 readings/s, some crossing the spike threshold, and prints
 * reading-to-alarm latency (publish → alarm event on {@code /api/v1/alarms/stream}); then finds the highest
 * MQTT rate and does the same at 80 % of it;
 * (d) publishes faster than ingest can store and checks that every published reading is stored after the
 * backlog drains.
 * Environment: {@code ANLAN_TEST_PG_URL} (default jdbc:postgresql://127.0.0.1:5432/test), {@code ANLAN_MQTT_URL}
 * (default tcp://127.0.0.1:1883); system property {@code bench.seconds} (default 30) for run (a).
 */
public final class IngestBenchmark {

  static final int STATIONS = 10_000;
  static final String SCHEMA = "anlan_bench";
  static final String PASSWORD = "test-password-1";
  static final double SPIKE = 950;
  static final Duration STEP = Duration.ofMinutes(5);

  final ConfigurableApplicationContext app;
  final int port;
  final JdbcClient jdbc;
  final ReadingPipeline pipeline;
  final String pgUrl;
  final String mqttUrl;
  final long[] levelSensor = new long[STATIONS];
  final long[] rainSensor = new long[STATIONS];
  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  IngestBenchmark(ConfigurableApplicationContext app, String pgUrl, String mqttUrl) {
    this.app = app;
    this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    this.jdbc = app.getBean(JdbcClient.class);
    this.pipeline = app.getBean(ReadingPipeline.class);
    this.pgUrl = pgUrl;
    this.mqttUrl = mqttUrl;
  }

  public static void main(String[] args) throws Exception {
    String pg = System.getenv().getOrDefault("ANLAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String mqtt = System.getenv().getOrDefault("ANLAN_MQTT_URL", "tcp://127.0.0.1:1883");
    try (Connection c = DriverManager.getConnection(pg, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
    }
    String clientId = "anlan-bench-" + Long.toHexString(System.nanoTime());
    List<String> settings = new ArrayList<>(List.of("--server.port=0", "--server.shutdown=immediate", "--logging.level.root=WARN", "--spring.datasource.url=" + pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
        "--spring.datasource.username=postgres", "--spring.datasource.password=", "--anlan.monitoring.mqtt.url=" + mqtt,
        "--anlan.monitoring.mqtt.client-id=" + clientId, "--anlan.monitoring.mqtt.session-expiry=5m"));
    settings.addAll(List.of(args)); // e.g. --anlan.monitoring.workers=3
    try (ConfigurableApplicationContext app = SpringApplication.run(AnlanApplication.class, settings.toArray(String[]::new))) {
      var bench = new IngestBenchmark(app, pg, mqtt);
      System.out.printf(Locale.ROOT, "JVM %s, %d cores, heap max %d MB; PostgreSQL %s; MQTT %s; %s%n", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
          bench.jdbc.sql("show server_version").query(String.class).single(), mqtt, app.getBean(MonitoringProperties.class));
      bench.setUp();
      if (!"mqtt".equals(System.getProperty("bench.only"))) {
        long stored = bench.fullSpeed(Integer.getInteger("bench.seconds", 30));
        bench.http(10);
        bench.rawCopy(stored);
      }
      if (!"store".equals(System.getProperty("bench.only"))) {
        bench.mqtt();
      }
    } catch (Throwable e) {
      e.printStackTrace();
      endSession(mqtt, clientId);
      System.exit(1);
    }
    endSession(mqtt, clientId);
    System.exit(0); // the MQTT client's threads would keep the JVM alive
  }

  /**
   * Ends the app's persistent session at the broker once the app is gone. Left to expire (5 min), it kept collecting
   * every reading the next run published — a second copy of a 10,000 readings/s warm-up queued in the broker,
   * whose CPU the next run's latencies then shared (Mosquitto at 450 MB after a few runs).
   */
  static void endSession(String mqtt, String clientId) {
    URI uri = URI.create(mqtt);
    try {
      var client = Mqtt5Client.builder().identifier(clientId).serverHost(uri.getHost())
          .serverPort(uri.getPort() > 0 ? uri.getPort() : 1883).buildBlocking();
      client.connectWith().cleanStart(true).sessionExpiryInterval(0).send();
      client.disconnect();
    } catch (RuntimeException e) {
      System.out.println("[bench] could not end the session " + clientId + " at the broker: " + e);
    }
  }

  // ---------------------------------------------------------------------------------------------- set-up

  void setUp() throws Exception {
    long t = System.nanoTime();
    List<String> villages = jdbc.sql("select code from area_division where level = 'VILLAGE' order by code").query(String.class).list();
    if (villages.isEmpty()) {
      villages = List.of("500152110002");
    }
    List<String> areas = villages;
    try (Connection c = app.getBean(DataSource.class).getConnection()) {
      c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy monitoring_station (code, name, kind, lon, lat, area_code, interval_seconds, status,"
          + " note) from stdin", new StringReader(joinLines(STATIONS, i -> "BENCH-%05d\t基准测试站 %d（虚构）\tLEVEL\t%.5f\t%.5f\t%s\t300\tACTIVE\tbenchmark"
          .formatted(i, i, 105.6 + (i % 100) * 0.004, 30.0 + (i / 100) * 0.004, areas.get(i % areas.size())))));
      try (Statement s = c.createStatement()) {
        s.execute("insert into monitoring_sensor (station_id, code, kind, unit) select id, 'level', 'level', 'm' from monitoring_station"
            + " where code like 'BENCH-%'");
        s.execute("insert into monitoring_sensor (station_id, code, kind, unit) select id, 'rain', 'rain', 'mm' from monitoring_station"
            + " where code like 'BENCH-%'");
        s.execute("analyze");
      }
    }
    jdbc.sql("select st.code, se.code, se.id from monitoring_sensor se join monitoring_station st on st.id = se.station_id"
        + " where st.code like 'BENCH-%'").query((rs, i) -> {
          int n = Integer.parseInt(rs.getString(1).substring(6));
          (rs.getString(2).equals("level") ? levelSensor : rainSensor)[n] = rs.getLong(3);
          return null;
        }).list();
    app.getBean(StationCatalogue.class).reload();
    for (String rule : List.of(
        rule("基准：1小时雨量", "bench-rain-1h", "rain", "SUM", 60, "AT_LEAST", "[{\"level\":\"BLUE\",\"threshold\":80},{\"level\":\"RED\","
            + "\"threshold\":150}]"),
        rule("基准：10分钟平均水位", "bench-level-avg", "level", "AVG", 10, "AT_LEAST", "[{\"level\":\"YELLOW\",\"threshold\":600}]"),
        rule("基准：水位突变", "bench-level-spike", "level", "VALUE", null, "AT_LEAST", "[{\"level\":\"RED\",\"threshold\":" + (SPIKE - 50)
            + "}]"))) {
      HttpResponse<String> r = send("POST", "/api/v1/rules", rule);
      if (r.statusCode() != 201 && r.statusCode() != 200) {
        throw new IllegalStateException("rule not created: " + r.statusCode() + " " + r.body());
      }
    }
    System.out.printf(Locale.ROOT, "set-up: %,d stations, %,d sensors, 3 benchmark rules (plus the built-in 暴雨 and silence rules) in %.1f s%n",
        STATIONS, 2 * STATIONS, (System.nanoTime() - t) / 1e9);
  }

  static String rule(String name, String topic, String kind, String aggregate, Integer window, String comparison, String steps) {
    return """
        {"name":"%s","topic":"%s","sensorKind":"%s","combine":"ALL","enabled":true,
         "conditions":[{"aggregate":"%s","windowMinutes":%s,"comparison":"%s","steps":%s,"hysteresis":0}]}"""
        .formatted(name, topic, kind, aggregate, window, comparison, steps);
  }

  static String joinLines(int n, java.util.function.IntFunction<String> line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(line.apply(i)).append('\n');
    }
    return sb.toString();
  }

  /** Reading k of a stream over all sensors: round k / 20,000, one reading per sensor every 5 minutes from {@code base}. */
  Reading reading(Instant base, long k, Random random) {
    int round = (int) (k / (2L * STATIONS));
    int i = (int) (k % (2L * STATIONS));
    int station = i >> 1;
    Instant time = base.plus(STEP.multipliedBy(round));
    if ((i & 1) == 0) {
      // about one level reading in 20,000 is a spike: raises the spike rule; the next one clears it
      double v = random.nextInt(20_000) == 0 ? SPIKE : 100 + random.nextDouble();
      return new Reading(levelSensor[station], time, v);
    }
    return new Reading(rainSensor[station], time, random.nextInt(10) == 0 ? random.nextDouble() * 2 : 0);
  }

  // ---------------------------------------------------------------------------------------------- (a)

  /** Drives the pipeline as fast as it takes readings, in submissions of 1,000; returns how many were stored. */
  long fullSpeed(int seconds) throws Exception {
    Instant base = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
    LongAdder done = new LongAdder();
    LongAdder fresh = new LongAdder();
    AtomicLong failed = new AtomicLong();
    Random random = new Random(20260610L);
    long alarmsBefore = count("select count(*) from monitoring_alarm");
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    long k = 0;
    long nextReport = start + TimeUnit.SECONDS.toNanos(5);
    long lastDone = 0;
    long lastT = start;
    long warm = 0;
    long warmT = 0;
    System.out.println("(a) full speed through ReadingPipeline.submit, submissions of 1,000 readings:");
    while (System.nanoTime() < end) {
      List<Reading> batch = new ArrayList<>(1000);
      for (int j = 0; j < 1000; j++) {
        batch.add(reading(base, k++, random));
      }
      CompletableFuture<boolean[]> f;
      while (true) {
        try {
          f = pipeline.submit(batch);
          break;
        } catch (ReadingPipeline.Overloaded e) {
          // back-pressure: try again
        }
      }
      f.whenComplete((r, e) -> {
        if (e != null) {
          failed.addAndGet(batch.size());
          return;
        }
        done.add(r.length);
        int n = 0;
        for (boolean b : r) {
          n += b ? 1 : 0;
        }
        fresh.add(n);
      });
      long now = System.nanoTime();
      if (now >= nextReport) {
        long d = done.sum();
        System.out.printf(Locale.ROOT, "    %4.0f s: %,9.0f readings/s%n", (now - start) / 1e9, (d - lastDone) / ((now - lastT) / 1e9));
        if (warmT == 0) {
          warm = d;
          warmT = now;
        }
        lastDone = d;
        lastT = now;
        nextReport += TimeUnit.SECONDS.toNanos(5);
      }
    }
    long submitted = k;
    while (done.sum() + failed.get() < submitted) {
      Thread.sleep(5);
    }
    long stop = System.nanoTime();
    double all = done.sum() / ((stop - start) / 1e9);
    double sustained = (done.sum() - warm) / ((stop - warmT) / 1e9);
    System.out.printf(Locale.ROOT, "    %,d readings in %.1f s (%,d rounds of 20,000): %,.0f readings/s overall, %,.0f readings/s sustained"
            + " after the first 5 s (first reading of each sensor loads its history); %,d new, %,d failed; %,d alarm(s) raised%n",
        done.sum(), (stop - start) / 1e9, submitted / (2 * STATIONS), all, sustained, fresh.sum(), failed.get(),
        count("select count(*) from monitoring_alarm") - alarmsBefore);
    this.sustained = sustained;
    return done.sum();
  }

  double sustained;

  /** The same readings through {@code POST /api/v1/readings} (admin, batches of 1,000, 4 clients) for {@code seconds}. */
  void http(int seconds) throws Exception {
    Instant base = Instant.now().minus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
    LongAdder stored = new LongAdder();
    AtomicLong next = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long start = System.nanoTime();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      Thread t = new Thread(() -> {
        Random random = new Random();
        while (System.nanoTime() < end) {
          long first = next.getAndAdd(1000);
          StringBuilder body = new StringBuilder("{\"readings\":[");
          for (long k = first; k < first + 1000; k++) {
            Reading r = reading(base, k, random);
            int i = (int) (k % (2L * STATIONS));
            body.append(k == first ? "" : ",").append("{\"station\":\"BENCH-%05d\",\"sensor\":\"%s\",\"time\":\"%s\",\"value\":%s}"
                .formatted(i >> 1, (i & 1) == 0 ? "level" : "rain", r.time().atOffset(ZoneOffset.ofHours(8)), r.value()));
          }
          body.append("]}");
          try {
            HttpResponse<String> response = send("POST", "/api/v1/readings", body.toString());
            if (response.statusCode() == 200) {
              stored.add(json.readTree(response.body()).get("stored").asLong());
            } else {
              System.out.println("    HTTP " + response.statusCode() + " " + response.body());
            }
          } catch (Exception e) {
            System.out.println("    HTTP failed: " + e);
          }
        }
      });
      t.start();
      clients.add(t);
    }
    for (Thread t : clients) {
      t.join();
    }
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "(a') HTTP POST /api/v1/readings, batches of 1,000, 4 clients: %,d readings stored in %.1f s = %,.0f readings/s%n",
        stored.sum(), s, stored.sum() / s);
  }

  // ---------------------------------------------------------------------------------------------- (b)

  /** COPY of {@code rows} rows of the same shape into the same table, in another time range, in chunks of 50,000 (one connection). */
  void rawCopy(long rows) throws Exception {
    Instant base = Instant.now().minus(Duration.ofDays(29)).truncatedTo(ChronoUnit.HOURS);
    Random random = new Random(20260611L);
    String received = Instant.now().atOffset(ZoneOffset.UTC).toString();
    try (Connection c = DriverManager.getConnection(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, "postgres", "")) {
      c.setAutoCommit(false);
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      long start = System.nanoTime();
      long k = 0;
      while (k < rows) {
        StringBuilder sb = new StringBuilder(50_000 * 70);
        for (int j = 0; j < 50_000 && k < rows; j++, k++) {
          Reading r = reading(base, k, random);
          sb.append(r.sensorId()).append('\t').append(r.time()).append('\t').append(r.value()).append('\t').append(received).append('\n');
        }
        copy.copyIn("copy monitoring_reading (sensor_id, observed_at, observed_value, received_at) from stdin", new StringReader(sb.toString()));
        c.commit();
      }
      double s = (System.nanoTime() - start) / 1e9;
      double rate = rows / s;
      System.out.printf(Locale.ROOT, "(b) raw COPY of %,d such rows into monitoring_reading: %.1f s = %,.0f rows/s;"
          + " ingest + store + rules sustained %,.0f readings/s = %.2f of raw COPY (target ≥ 0.25)%n", rows, s, rate, sustained, sustained / rate);
    }
  }

  // ---------------------------------------------------------------------------------------------- (c), (d)

  /** Raised alarms seen on the live stream: "station/sensor/triggerTime" → when the event arrived (nanoTime). */
  final Map<String, Long> alarmSeen = new ConcurrentHashMap<>();
  /** Spike readings published: same key → when published (nanoTime). */
  final Map<String, Long> spikeSent = new ConcurrentHashMap<>();

  void mqtt() throws Exception {
    listen();
    URI uri = URI.create(mqttUrl);
    Mqtt5AsyncClient client = Mqtt5Client.builder().identifier("anlan-bench-publisher-" + Long.toHexString(System.nanoTime()))
        .serverHost(uri.getHost()).serverPort(uri.getPort() > 0 ? uri.getPort() : 1883).buildAsync();
    client.connectWith().cleanStart(true).send().get(10, TimeUnit.SECONDS);
    try {
      if (!"false".equals(System.getProperty("bench.warm"))) {
        // one message to every station first, so each sensor's memory is built (a node that has run for a while);
        // -Dbench.warm=false measures the cold start instead
        publish(client, 5000, 5, false, "(c) warm-up, every station once");
        // then the mix of the measured runs (spikes raising and clearing alarms, their drafts and notices) until the JIT
        // has compiled its paths: in a 5 s warm-up without spikes the compiler still took a third of the JVM's CPU in
        // the 80 % run, and its compile time kept growing by about a second a second for two minutes. -Dbench.warmup=<seconds> (default 120)
        publish(client, 10_000, Integer.getInteger("bench.warmup", 120), true, false, "(c) warm-up, the measured mix at 10,000 readings/s");
      }
      // the node at 1,000 readings/s, not in the aftermath of the 10,000/s warm-up: 15 s at the rate untimed (the slowest
      // spikes of 30 s runs came in their first ten seconds, while the server still worked off the warm-up), then
      // -Dbench.seconds1000 (60) timed — the p99 of 300 spikes was the third slowest, and moved by 10 ms between runs
      publish(client, 1000, 15, true, false, "(c) 1,000 readings/s, settling (not timed)");
      publish(client, 1000, Integer.getInteger("bench.seconds1000", 60), true, "(c) 1,000 readings/s");
      String fixed = System.getProperty("bench.rate80"); // readings/s instead of 80 % of a measured highest rate
      double max = fixed != null ? Double.parseDouble(fixed) / 0.8
          : publish(client, Double.MAX_VALUE, 15, true, false, "(c) highest MQTT rate (publishing as fast as the client can; the same mix with spikes)");
      boolean profiled = org.anlan.Profiling.start(); // -Dbench.profile=<file>: a CPU profile of the 80 % run
      publish(client, 0.8 * max, 30, true, String.format(Locale.ROOT, "(c) 80 %% of the highest rate (%,.0f readings/s)", 0.8 * max));
      if (profiled) {
        org.anlan.Profiling.stop();
      }
      if (!"false".equals(System.getProperty("bench.overload"))) { // -Dbench.overload=false: only the latency runs
        overload(client);
      }
    } finally {
      client.disconnect().get(10, TimeUnit.SECONDS);
    }
  }

  /** Listens on the alarm stream as admin; records when each raised alarm arrives. */
  void listen() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alarms/stream"))
        .header("Authorization", basic()).header("Accept", "text/event-stream").GET().build();
    CompletableFuture<Void> subscribed = new CompletableFuture<>();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
      Thread t = new Thread(() -> {
        String event = null;
        try (Stream<String> lines = response.body()) {
          for (String line : (Iterable<String>) lines::iterator) {
            if (line.startsWith("event:")) {
              event = line.substring(6).trim();
              if (event.equals("hello")) {
                subscribed.complete(null);
              }
            } else if (line.startsWith("data:") && "alarm".equals(event)) {
              long at = System.nanoTime();
              JsonNode a = json.readTree(line.substring(5));
              // the first event of the alarm raised by that reading (it may already be cleared when the stream reads it)
              alarmSeen.putIfAbsent(key(a.get("stationCode").asString(), a.get("sensorCode").asString(),
                  Instant.parse(a.get("triggerTime").asString())), at);
            }
          }
        }
      }, "bench-sse");
      t.setDaemon(true);
      t.start();
    });
    subscribed.get(20, TimeUnit.SECONDS);
  }

  static String key(String station, String sensor, Instant time) {
    return station + "/" + sensor + "/" + time.toEpochMilli();
  }

  /**
   * Publishes one message per station (its level and rain readings, times now) at {@code rate} readings/s for
   * {@code seconds}, one level reading in 50 a spike; waits until all are stored; prints the stored rate and,
   * when {@code latency}, publish-to-alarm latency of the spikes. Returns the stored rate.
   */
  /** Messages published so far over all runs. */
  long sent;
  /** The time of each station's latest reading published (epoch milliseconds). */
  final long[] lastMillisOf = new long[STATIONS];

  /**
   * The wall clock, but later than the station's previous reading: every reading is new and in order. (One last time
   * for all stations, reset every run, ran ahead of the clock by a millisecond per message — minutes at the highest
   * rate — so the next run's first readings came late for their sensors, and its first spikes raised nothing.)
   */
  Instant nextTime(int station) {
    long millis = Math.max(System.currentTimeMillis(), lastMillisOf[station] + 1);
    lastMillisOf[station] = millis;
    return Instant.ofEpochMilli(millis);
  }

  double publish(Mqtt5AsyncClient client, double rate, int seconds, boolean latency, String label) throws Exception {
    return publish(client, rate, seconds, latency, latency, label);
  }

  /** As above; {@code spikes}: whether one level reading in 50 is a spike (timed only when {@code latency}). */
  double publish(Mqtt5AsyncClient client, double rate, int seconds, boolean spikes, boolean latency, String label) throws Exception {
    spikeSent.clear();
    alarmSeen.clear();
    long before = count("select count(*) from monitoring_reading");
    Random random = new Random(7);
    long period = rate == Double.MAX_VALUE ? 0 : (long) (2e9 / rate); // 2 readings per message
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong acked = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long messages = 0;
    List<CompletableFuture<?>> pending = new ArrayList<>();
    while (System.nanoTime() < end) {
      if (period > 0) {
        long due = start + messages * period;
        while (System.nanoTime() < due) {
          LockSupport.parkNanos(Math.max(1000, due - System.nanoTime() - 50_000));
        }
      }
      int station = (int) (sent % STATIONS);
      Instant time = nextTime(station);
      // one level reading in 50 is a spike; shifted every pass over the stations so a station's reading after a spike is normal
      long m = sent++;
      boolean spike = spikes && m % 50 == (m / STATIONS) % 50;
      double level = spike ? SPIKE : 100 + random.nextDouble();
      String code = "BENCH-%05d".formatted(station);
      String payload = "{\"readings\":[{\"sensor\":\"level\",\"time\":\"%s\",\"value\":%s},{\"sensor\":\"rain\",\"time\":\"%s\",\"value\":0}]}"
          .formatted(time, level, time);
      long sentAt = System.nanoTime();
      if (spike && latency) {
        spikeSent.put(key(code, "level", time), sentAt);
      }
      var f = client.publishWith().topic("anlan/readings/" + code).qos(MqttQos.AT_LEAST_ONCE)
          .payload(payload.getBytes(StandardCharsets.UTF_8)).send().whenComplete((r, e) -> {
            if (e != null || r.getError().isPresent()) {
              refused.incrementAndGet();
            } else {
              acked.incrementAndGet();
            }
          });
      messages++;
      if (period == 0) {
        pending.add(f);
        if (pending.size() >= 5000) {
          pending.remove(0).join();
        }
      }
    }
    long published = System.nanoTime();
    long readings = 2 * messages;
    long stored = drain(before, readings, 120);
    long done = System.nanoTime();
    double storedRate = stored / ((done - start) / 1e9);
    // the alarms' consequences (warning drafts, duty notices) are written after the readings, by the event listeners:
    // the run ends when they are done too, so the highest rate is one the node sustains with them, and the next run
    // does not start while a backlog of them is still being written
    long settled = settle(120);
    double settledRate = stored / ((settled - start) / 1e9);
    System.out.printf(Locale.ROOT, "%s: published %,d readings (%,d messages) in %.1f s = %,.0f readings/s offered (%,d acknowledged by the"
            + " broker, %,d refused); all stored after %.1f s: %,d of %,d = %,.0f readings/s stored; their alarms' consequences done"
            + " after %.1f s = %,.0f readings/s with them%n", label, readings, messages,
        (published - start) / 1e9, readings / ((published - start) / 1e9), acked.get(), refused.get(), (done - start) / 1e9, stored,
        readings, storedRate, (settled - start) / 1e9, settledRate);
    if (latency) {
      Thread.sleep(1000);
      long[] ms = spikeSent.entrySet().stream().filter(e -> alarmSeen.containsKey(e.getKey()))
          .mapToLong(e -> alarmSeen.get(e.getKey()) - e.getValue()).sorted().toArray();
      long missing = spikeSent.size() - ms.length;
      if (ms.length > 0) {
        System.out.printf(Locale.ROOT, "    reading-to-alarm over MQTT + SSE: %d spikes, %d alarms seen: p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%n",
            spikeSent.size(), ms.length, pct(ms, 0.50), pct(ms, 0.99), ms[ms.length - 1] / 1e6,
            missing > 0 ? " (" + missing + " alarm(s) NOT seen)" : "");
        // the slowest five with the reading's time (the wall clock when it was published), to look up in a flight
        // recording (-XX:StartFlightRecording) what the ingest threads were waiting for then
        System.out.println("    slowest: " + spikeSent.entrySet().stream().filter(e -> alarmSeen.containsKey(e.getKey()))
            .sorted(java.util.Comparator.comparingLong(e -> e.getValue() - alarmSeen.get(e.getKey())))
            .limit(5).map(e -> String.format(Locale.ROOT, "%s %.1f ms", Instant.ofEpochMilli(Long.parseLong(e.getKey().substring(
                e.getKey().lastIndexOf('/') + 1))), (alarmSeen.get(e.getKey()) - e.getValue()) / 1e6))
            .collect(java.util.stream.Collectors.joining(", ")));
      } else {
        System.out.println("    no alarm seen for " + spikeSent.size() + " spikes");
      }
      // the slowest spikes against the app's timers: a long batch or a silence check holds up what arrives meanwhile
      var meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
      var batch = meters.timer("anlan.readings.batch").takeSnapshot();
      var silence = meters.timer("anlan.readings.silence-check").takeSnapshot();
      System.out.printf(Locale.ROOT, "    since start: ingest transactions %,d, mean %.1f ms, max %.1f ms; silence checks %d, mean %.1f ms, max %.1f ms%n",
          batch.count(), batch.mean(TimeUnit.MILLISECONDS), batch.max(TimeUnit.MILLISECONDS), silence.count(),
          silence.mean(TimeUnit.MILLISECONDS), silence.max(TimeUnit.MILLISECONDS));
    }
    return settledRate;
  }

  /** Waits (at most {@code seconds}) until no event publication is incomplete; returns when (nanoTime). */
  long settle(int seconds) throws InterruptedException {
    long by = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (count("select count(*) from event_publication where completion_date is null") > 0 && System.nanoTime() < by) {
      Thread.sleep(50);
    }
    return System.nanoTime();
  }

  static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** Waits until {@code expected} more readings than {@code before} are stored or it stops growing for {@code patience} s. */
  long drain(long before, long expected, int patience) throws InterruptedException {
    long stored = 0;
    long last = -1;
    long since = System.nanoTime();
    while (stored < expected) {
      Thread.sleep(20);
      stored = count("select count(*) from monitoring_reading") - before;
      if (stored != last) {
        last = stored;
        since = System.nanoTime();
      } else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(patience)) {
        break;
      }
    }
    return stored;
  }

  /** (d) Publishes 300,000 readings as fast as possible, watching the backlog; then checks all are stored. */
  void overload(Mqtt5AsyncClient client) throws Exception {
    long before = count("select count(*) from monitoring_reading");
    int messages = 150_000;
    long start = System.nanoTime();
    AtomicLong acked = new AtomicLong();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long maxBacklog = 0;
    for (int m = 0; m < messages; m++) {
      int station = (int) (sent++ % STATIONS);
      Instant time = nextTime(station);
      String payload = "{\"readings\":[{\"sensor\":\"level\",\"time\":\"%s\",\"value\":100},{\"sensor\":\"rain\",\"time\":\"%s\",\"value\":0}]}"
          .formatted(time, time);
      pending.add(client.publishWith().topic("anlan/readings/BENCH-%05d".formatted(station)).qos(MqttQos.AT_LEAST_ONCE)
          .payload(payload.getBytes(StandardCharsets.UTF_8)).send().whenComplete((r, e) -> {
            if (e == null && r.getError().isEmpty()) {
              acked.incrementAndGet();
            }
          }));
      if (pending.size() >= 5000) {
        pending.remove(0).join();
      }
      if (m % 20_000 == 0) {
        long backlog = 2L * acked.get() - (count("select count(*) from monitoring_reading") - before);
        maxBacklog = Math.max(maxBacklog, backlog);
      }
    }
    pending.forEach(CompletableFuture::join);
    long published = System.nanoTime();
    long storedThen = count("select count(*) from monitoring_reading") - before;
    long stored = drain(before, 2L * messages, 120);
    long done = System.nanoTime();
    System.out.printf(Locale.ROOT, "(d) overload: published %,d readings in %.1f s = %,.0f readings/s offered, all %,d messages acknowledged by"
            + " the broker: %s;%n    when publishing ended %,d were stored and %,d waited at the broker or in flight (largest backlog seen"
            + " while publishing %,d); drained after %.1f s: %,d of %,d stored (%s), %,.0f readings/s stored%n",
        2L * messages, (published - start) / 1e9, 2.0 * messages / ((published - start) / 1e9), messages, acked.get() == messages,
        storedThen, 2L * messages - storedThen, maxBacklog, (done - start) / 1e9, stored, 2L * messages,
        stored == 2L * messages ? "nothing dropped" : (2L * messages - stored) + " MISSING", stored / ((done - start) / 1e9));
    System.out.printf(Locale.ROOT, "    dead letters: %d; failed writes (anlan.readings.failed): %s%n", count("select count(*) from monitoring_dead_letter"),
        metric("anlan.readings.failed"));
  }

  String metric(String name) {
    try {
      return String.valueOf(json.readTree(send("GET", "/actuator/metrics/" + name, null).body()).get("measurements").get(0).get("value"));
    } catch (Exception e) {
      return "?";
    }
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic())
        .header("Accept", "application/json");
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
