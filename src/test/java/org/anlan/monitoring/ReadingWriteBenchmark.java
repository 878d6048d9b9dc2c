package org.anlan.monitoring;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * Benchmark (not a test) of the ways to write a batch of readings into the partitioned PostgreSQL
 * reading table and learn which were new: a JDBC batch of single-row inserts, one insert from
 * {@code unnest} of arrays with {@code RETURNING}, COPY into a temporary table then insert-select with
 * {@code RETURNING}, against raw COPY into the table. Plain JDBC on a scratch schema; see docs/performance.md.
 * Needs {@code ANLAN_TEST_PG_URL} (e.g. jdbc:postgresql://127.0.0.1:5432/test).
 */
public final class ReadingWriteBenchmark {

  static final int SENSORS = 20_000;
  static final int BATCH = 5_000;
  static final int ROUNDS = 60; // 300,000 rows per strategy

  public static void main(String[] args) throws Exception {
    String url = System.getenv().getOrDefault("ANLAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres"), "")) {
      try (Statement s = c.createStatement()) {
        s.execute("drop schema if exists bench_write cascade");
        s.execute("create schema bench_write");
        s.execute("set search_path = bench_write");
        s.execute("""
            create table monitoring_reading (sensor_id bigint not null, observed_at timestamp with time zone not null,
              observed_value double precision not null, received_at timestamp with time zone not null,
              constraint monitoring_reading_pk primary key (sensor_id, observed_at)) partition by range (observed_at)""");
        s.execute("create table monitoring_reading_default partition of monitoring_reading default");
        s.execute("""
            do $$ declare m date := date '2020-01-01'; begin while m < date '2031-01-01' loop
            execute format('create table monitoring_reading_%s partition of monitoring_reading for values from (%L) to (%L)',
              to_char(m, 'YYYYMM'), m::timestamptz, (m + interval '1 month')::timestamptz); m := m + interval '1 month'; end loop; end $$""");
        s.execute("create temp table reading_stage (sensor_id bigint, observed_at timestamptz, observed_value float8, received_at timestamptz)"
            + " on commit delete rows");
      }
      c.setAutoCommit(false);
      Instant base = Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
      String[] names = {"jdbc batch", "unnest insert returning", "copy text to temp + insert returning", "raw copy text", "jdbc batch"};
      for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < names.length; k++) {
          Instant from = base.plus((pass * names.length + k) * 10L, ChronoUnit.DAYS);
          long t = System.nanoTime();
          long fresh = 0;
          for (int round = 0; round < ROUNDS; round++) {
            long first = (long) round * BATCH;
            fresh += switch (k) {
              case 0, 4 -> batch(c, from, first);
              case 1 -> unnest(c, from, first);
              case 2 -> copyThenInsert(c, from, first);
              default -> rawCopy(c, from, first);
            };
            c.commit();
          }
          double seconds = (System.nanoTime() - t) / 1e9;
          System.out.printf(Locale.ROOT, "%s %-40s %,9.0f rows/s (%d new of %d)%n", pass == 0 ? "warm-up" : "measured", names[k],
              ROUNDS * BATCH / seconds, fresh, ROUNDS * BATCH);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop schema bench_write cascade");
      }
      c.commit();
    }
  }

  /** Row i of a stream: sensor i mod SENSORS, one reading per sensor every 5 minutes. */
  static long sensor(long i) {
    return 1 + i % SENSORS;
  }

  static OffsetDateTime time(Instant from, long i) {
    return from.plus(i / SENSORS * 5, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
  }

  static int batch(Connection c, Instant from, long first) throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement ps = c.prepareStatement(
        "insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at) values (?, ?, ?, ?) on conflict do nothing")) {
      for (long i = first; i < first + BATCH; i++) {
        ps.setLong(1, sensor(i));
        ps.setObject(2, time(from, i));
        ps.setDouble(3, i % 7);
        ps.setObject(4, now);
        ps.addBatch();
      }
      int n = 0;
      for (int x : ps.executeBatch()) {
        n += x;
      }
      return n;
    }
  }

  static int unnest(Connection c, Instant from, long first) throws Exception {
    long[] ids = new long[BATCH];
    long[] micros = new long[BATCH];
    double[] values = new double[BATCH];
    for (int j = 0; j < BATCH; j++) {
      ids[j] = sensor(first + j);
      Instant t = time(from, first + j).toInstant();
      micros[j] = t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
      values[j] = (first + j) % 7;
    }
    PGConnection pg = c.unwrap(PGConnection.class);
    Array a = pg.createArrayOf("int8", ids);
    Array b = pg.createArrayOf("int8", micros);
    Array v = pg.createArrayOf("float8", values);
    try (PreparedStatement ps = c.prepareStatement("""
        insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at)
        select s, timestamptz 'epoch' + t * interval '1 microsecond', v, now() from unnest(?::int8[], ?::int8[], ?::float8[]) as u(s, t, v)
        on conflict do nothing returning sensor_id, observed_at""")) {
      ps.setArray(1, a);
      ps.setArray(2, b);
      ps.setArray(3, v);
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getLong(1);
          rs.getObject(2, OffsetDateTime.class);
          n++;
        }
      }
      return n;
    }
  }

  static String text(Instant from, long first, boolean received) {
    StringBuilder sb = new StringBuilder(BATCH * 60);
    String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
    for (long i = first; i < first + BATCH; i++) {
      sb.append(sensor(i)).append('\t').append(time(from, i)).append('\t').append(i % 7);
      if (received) {
        sb.append('\t').append(now);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static int copyThenInsert(Connection c, Instant from, long first) throws Exception {
    c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy reading_stage (sensor_id, observed_at, observed_value) from stdin",
        new StringReader(text(from, first, false)));
    try (PreparedStatement ps = c.prepareStatement("""
        insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at)
        select sensor_id, observed_at, observed_value, now() from reading_stage
        on conflict do nothing returning sensor_id, observed_at""")) {
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getLong(1);
          rs.getObject(2, OffsetDateTime.class);
          n++;
        }
      }
      return n;
    }
  }

  static int rawCopy(Connection c, Instant from, long first) throws Exception {
    return (int) c.unwrap(PGConnection.class).getCopyAPI().copyIn(
        "copy monitoring_reading (sensor_id, observed_at, observed_value, received_at) from stdin", new StringReader(text(from, first, true)));
  }
}
