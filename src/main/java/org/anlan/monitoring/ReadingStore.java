package org.anlan.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.anlan.monitoring.rules.Series;
import org.anlan.platform.Databases;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The reading store: batched, idempotent writes (a second reading for the same sensor and time is a
 * duplicate and changes nothing) and series queries. On PostgreSQL the table is partitioned by month
 * and duplicates are skipped with {@code ON CONFLICT DO NOTHING}; on H2 by a guarded insert (a sensor is
 * written by one ingest worker only, so the guard does not race on one node). On PostgreSQL a batch is
 * one statement: arrays unnested, inserted, and the keys actually written returned.
 */
@Component
class ReadingStore {

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final boolean postgres;

  ReadingStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.postgres = Databases.isPostgres(dataSource);
  }

  boolean postgres() {
    return postgres;
  }

  /**
   * PostgreSQL only: the current transaction commits without waiting for its log to reach the disk
   * ({@code synchronous_commit} off for this transaction alone). What it wrote is visible to other sessions as soon
   * as it commits; nothing it wrote may be acknowledged before {@link #awaitDurable} returned.
   */
  void commitWithoutFlush() {
    jdbc.sql("set local synchronous_commit to off").update();
  }

  /**
   * PostgreSQL only, in a transaction of its own: gives it a transaction id, so that its commit writes a commit record
   * and, synchronously, waits until the log up to that record is on disk — which covers every transaction committed
   * before it, those committed without waiting included.
   */
  void awaitDurable() {
    jdbc.sql("select txid_current()").query(Long.class).single();
  }

  /**
   * Writes the readings in the current transaction; {@code result[i]} tells whether reading i was new. A
   * second reading for the same sensor and time within the batch is a duplicate of the first.
   */
  boolean[] insert(List<Reading> readings, Instant receivedAt) {
    int n = readings.size();
    boolean[] fresh = new boolean[n];
    if (n == 0) {
      return fresh;
    }
    Set<Key> seen = new HashSet<>(n * 2);
    int[] unique = new int[n];
    int u = 0;
    for (int i = 0; i < n; i++) {
      Reading r = readings.get(i);
      if (seen.add(new Key(r.sensorId(), r.time().toEpochMilli()))) {
        unique[u++] = i;
      }
    }
    List<Reading> distinct = readings;
    if (u < n) {
      Reading[] picked = new Reading[u];
      for (int k = 0; k < u; k++) {
        picked[k] = readings.get(unique[k]);
      }
      distinct = Arrays.asList(picked);
    }
    boolean[] written = postgres ? writePostgres(distinct, receivedAt) : writeGuarded(distinct, receivedAt);
    for (int k = 0; k < u; k++) {
      fresh[unique[k]] = written[k];
    }
    return fresh;
  }

  /** A reading's identity: sensor and time (in the unit the caller chose). */
  private record Key(long sensorId, long time) {}

  /**
   * PostgreSQL: one statement for the whole batch, {@code insert … select from unnest(arrays) on conflict do
   * nothing returning} the keys written — about twice the rate of a JDBC batch of single-row inserts and a
   * little faster than COPY into a staging table plus insert-select (docs/performance.md, ReadingWriteBenchmark).
   */
  private boolean[] writePostgres(List<Reading> readings, Instant receivedAt) {
    int n = readings.size();
    long[] ids = new long[n];
    long[] micros = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      Reading r = readings.get(i);
      ids[i] = r.sensorId();
      micros[i] = micros(r.time());
      values[i] = r.value();
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement ps = c.prepareStatement(UNNEST_INSERT)) {
      PGConnection pg = c.unwrap(PGConnection.class);
      ps.setObject(1, utc(receivedAt));
      ps.setArray(2, pg.createArrayOf("int8", ids));
      ps.setArray(3, pg.createArrayOf("int8", micros));
      ps.setArray(4, pg.createArrayOf("float8", values));
      boolean[] fresh = new boolean[n];
      Set<Key> written = null;
      int count = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (written == null) {
            written = new HashSet<>();
          }
          written.add(new Key(rs.getLong(1), rs.getLong(2)));
          count++;
        }
      }
      if (count == n) {
        Arrays.fill(fresh, true);
      } else if (count > 0) {
        for (int i = 0; i < n; i++) {
          fresh[i] = written.contains(new Key(ids[i], micros[i]));
        }
      }
      return fresh;
    } catch (SQLException e) {
      throw new IllegalStateException("readings not stored: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private static final String UNNEST_INSERT = """
      insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at)
      select s, timestamptz 'epoch' + t * interval '1 microsecond', v, ? from unnest(?::int8[], ?::int8[], ?::float8[]) as u (s, t, v)
      on conflict do nothing
      returning sensor_id, (extract(epoch from observed_at - timestamptz 'epoch') * 1000000)::int8""";

  /** Microseconds since the epoch: the precision of a stored time. */
  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  /** H2: a JDBC batch of inserts, each guarded by "not there yet". */
  private boolean[] writeGuarded(List<Reading> readings, Instant receivedAt) {
    String sql = "insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at) select ?, ?, ?, ?"
        + "where not exists (select 1 from monitoring_reading where sensor_id = ? and observed_at = ?)";
    Connection c = DataSourceUtils.getConnection(dataSource);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      OffsetDateTime received = utc(receivedAt);
      for (Reading r : readings) {
        OffsetDateTime time = utc(r.time());
        ps.setLong(1, r.sensorId());
        ps.setObject(2, time);
        ps.setDouble(3, r.value());
        ps.setObject(4, received);
        ps.setLong(5, r.sensorId());
        ps.setObject(6, time);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      boolean[] fresh = new boolean[counts.length];
      for (int i = 0; i < counts.length; i++) {
        fresh[i] = counts[i] > 0;
      }
      return fresh;
    } catch (SQLException e) {
      throw new IllegalStateException("readings not stored: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /**
   * The recent readings of many sensors at once, each from its own {@code from} (excluded) on, oldest first, into
   * new series: one query per group of sensors whose starts lie close together (the first reading of each sensor
   * after a start would otherwise cost a query each).
   */
  Map<Long, Series> load(Map<Long, Instant> from) {
    Map<Long, Series> out = new HashMap<>(from.size() * 2);
    List<Map.Entry<Long, Instant>> todo = new ArrayList<>(from.entrySet());
    todo.sort(Map.Entry.comparingByValue());
    int i = 0;
    while (i < todo.size()) {
      Instant first = todo.get(i).getValue();
      int j = i;
      while (j < todo.size() && j - i < 500 && !todo.get(j).getValue().isAfter(first.plus(Duration.ofDays(1)))) {
        j++;
      }
      List<Map.Entry<Long, Instant>> group = todo.subList(i, j);
      Map<Long, Long> since = new HashMap<>(group.size() * 2);
      List<Object> params = new ArrayList<>(group.size() + 1);
      for (Map.Entry<Long, Instant> e : group) {
        out.put(e.getKey(), new Series());
        since.put(e.getKey(), e.getValue().toEpochMilli());
        params.add(e.getKey());
      }
      params.add(utc(first));
      jdbc.sql("select sensor_id, observed_at, observed_value from monitoring_reading where sensor_id in ("
              + String.join(",", java.util.Collections.nCopies(group.size(), "?")) + ") and observed_at > ? order by sensor_id, observed_at")
          .params(params)
          .query((rs, n) -> {
            long sensor = rs.getLong(1);
            Instant t = rs.getObject(2, OffsetDateTime.class).toInstant();
            if (t.toEpochMilli() > since.get(sensor)) {
              out.get(sensor).add(t, rs.getDouble(3));
            }
            return null;
          }).list();
      i = j;
    }
    return out;
  }

  /** A point of a chart: the time and the value (or the bucket's aggregate). */
  record Point(Instant time, double value) {}

  /**
   * The sensor's series from {@code from} to {@code to} (both included), at most about {@code maxPoints}: raw when there are few
   * readings, else one point per equal time bucket holding its maximum (peaks stay visible on a chart)
   * — or its sum when {@code sum} (rainfall).
   */
  List<Point> series(long sensorId, Instant from, Instant to, int maxPoints, boolean sum) {
    List<Point> raw = jdbc.sql("select observed_at, observed_value from monitoring_reading where sensor_id = ? and observed_at >= ? and observed_at <= ? order by observed_at")
        .params(sensorId, utc(from), utc(to))
        .query((rs, i) -> new Point(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getDouble(2))).list();
    if (raw.size() <= maxPoints) {
      return raw;
    }
    long bucket = Math.max(1, Duration.between(from, to).toMillis() / maxPoints);
    List<Point> out = new java.util.ArrayList<>();
    long current = Long.MIN_VALUE;
    double acc = 0;
    for (Point p : raw) {
      long b = (p.time().toEpochMilli() - from.toEpochMilli()) / bucket;
      if (b != current) {
        if (current != Long.MIN_VALUE) {
          out.add(new Point(Instant.ofEpochMilli(from.toEpochMilli() + current * bucket), acc));
        }
        current = b;
        acc = p.value();
      } else {
        acc = sum ? acc + p.value() : Math.max(acc, p.value());
      }
    }
    out.add(new Point(Instant.ofEpochMilli(from.toEpochMilli() + current * bucket), acc));
    return out;
  }

  static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }
}
