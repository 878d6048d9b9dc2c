package org.anlan.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Per sensor, the newest reading time and when it was last heard from (silence is measured from that), kept by
 * the ingest workers. At start both come from the newest reading by its time — two index look-ups per sensor,
 * not a scan of its history — so a late backlog stored before a restart does not count as heard.
 */
@Component
class LastSeen implements SmartInitializingSingleton {

  private final JdbcClient jdbc;
  private final Map<Long, Instant> times = new ConcurrentHashMap<>();
  private final Map<Long, Instant> heard = new ConcurrentHashMap<>();

  LastSeen(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void afterSingletonsInstantiated() {
    load();
  }

  void load() {
    jdbc.sql("""
            select s.id,
              (select r.observed_at from monitoring_reading r where r.sensor_id = s.id order by r.observed_at desc limit 1),
              (select r.received_at from monitoring_reading r where r.sensor_id = s.id order by r.observed_at desc limit 1)
            from monitoring_sensor s""")
        .query((rs, i) -> {
          var t = rs.getObject(2, java.time.OffsetDateTime.class);
          if (t != null) {
            times.put(rs.getLong(1), t.toInstant());
            heard.put(rs.getLong(1), rs.getObject(3, java.time.OffsetDateTime.class).toInstant());
          }
          return null;
        }).list();
  }

  Instant of(long sensorId) {
    return times.get(sensorId);
  }

  /** When the sensor was last heard from, or null if never. */
  Instant heard(long sensorId) {
    return heard.get(sensorId);
  }

  void saw(long sensorId, Instant time, Instant receivedAt) {
    times.merge(sensorId, time, (a, b) -> a.isAfter(b) ? a : b);
    heard.merge(sensorId, receivedAt, (a, b) -> a.isAfter(b) ? a : b);
  }
}
