package org.anlan.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.anlan.monitoring.rules.Series;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The reading store: batched, idempotent writes (a second reading for the same sensor and time is a
 * duplicate and changes nothing) and series queries. On PostgreSQL the table is partitioned by month
 * and duplicates are skipped with {@code ON CONFLICT DO NOTHING}; on H2 by a guarded insert (a sensor is
 * written by one ingest worker only, so the guard does not race on one node).
 */
@Component
class ReadingStore {

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final boolean postgres;

  ReadingStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.postgres = isPostgres(dataSource);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }

  boolean postgres() {
    return postgres;
  }

  /**
   * Writes the readings in the current transaction; {@code result[i]} tells whether reading i was new. A
   * second reading for the same sensor and time within the batch is a duplicate of the first.
   */
  boolean[] insert(List<Reading> readings, Instant receivedAt) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Integer> unique = new java.util.ArrayList<>(readings.size());
    for (int i = 0; i < readings.size(); i++) {
      if (seen.add(readings.get(i).sensorId() + "@" + readings.get(i).time().toEpochMilli())) {
        unique.add(i);
      }
    }
    boolean[] fresh = new boolean[readings.size()];
    boolean[] written = write(unique.size() == readings.size() ? readings : unique.stream().map(readings::get).toList(), receivedAt);
    for (int k = 0; k < unique.size(); k++) {
      fresh[unique.get(k)] = written[k];
    }
    return fresh;
  }

  private boolean[] write(List<Reading> readings, Instant receivedAt) {
    String sql = postgres
        ? "insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at) values (?, ?, ?, ?) on conflict do nothing"
        : "insert into monitoring_reading (sensor_id, observed_at, observed_value, received_at) select ?, ?, ?, ?"
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
        if (!postgres) {
          ps.setLong(5, r.sensorId());
          ps.setObject(6, time);
        }
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

  /** The sensor's readings after {@code from} up to and including {@code to}, oldest first, into a new series. */
  Series load(long sensorId, Instant from, Instant to) {
    Series series = new Series();
    jdbc.sql("select observed_at, observed_value from monitoring_reading where sensor_id = ? and observed_at > ? and observed_at <= ? order by observed_at")
        .params(sensorId, utc(from), utc(to))
        .query((rs, i) -> series.add(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getDouble(2))).list();
    return series;
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
