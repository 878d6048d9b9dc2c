package org.anlan.monitoring;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The active (raised or acknowledged) alarms by (sensor, rule), rebuilt from the database at start so a
 * restart continues the alarms it had. The ingest workers change it after their transaction commits.
 */
@Component
class ActiveAlarms implements SmartInitializingSingleton {

  /** An active alarm: enough for the engine's hysteresis and the map's colours. */
  record Active(long alarmId, long sensorId, long stationId, long ruleId, AlarmLevel level) {
    Key key() {
      return new Key(sensorId, ruleId);
    }
  }

  /** (sensor, rule): at most one active alarm each. Looked up for every rule at every reading, so no string is built. */
  record Key(long sensorId, long ruleId) {}

  private final JdbcClient jdbc;
  private final Map<Key, Active> byKey = new ConcurrentHashMap<>();

  ActiveAlarms(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The alarm table's {@code active_key} (unique while active) for (sensor, rule). */
  static String key(long sensorId, long ruleId) {
    return sensorId + ":" + ruleId;
  }

  @Override
  public void afterSingletonsInstantiated() {
    load();
  }

  void load() {
    byKey.clear();
    jdbc.sql("select id, sensor_id, station_id, rule_id, level from monitoring_alarm where active_key is not null")
        .query((rs, i) -> new Active(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), AlarmLevel.valueOf(rs.getString(5))))
        .list().forEach(a -> byKey.put(a.key(), a));
  }

  Active get(long sensorId, long ruleId) {
    return byKey.get(new Key(sensorId, ruleId));
  }

  void put(Active active) {
    byKey.put(active.key(), active);
  }

  void remove(long sensorId, long ruleId) {
    byKey.remove(new Key(sensorId, ruleId));
  }

  /** Forgets the active alarm with this id (closed by a person). */
  void forget(long alarmId) {
    byKey.values().removeIf(a -> a.alarmId() == alarmId);
  }

  Collection<Active> all() {
    return byKey.values();
  }

  /** The highest level among a station's active alarms, or null. */
  AlarmLevel levelOfStation(long stationId) {
    AlarmLevel top = null;
    for (Active a : byKey.values()) {
      if (a.stationId() == stationId && a.level().above(top)) {
        top = a.level();
      }
    }
    return top;
  }

  /** The highest active level of every station that has one. */
  Map<Long, AlarmLevel> levelsByStation() {
    Map<Long, AlarmLevel> levels = new java.util.HashMap<>();
    for (Active a : byKey.values()) {
      levels.merge(a.stationId(), a.level(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
    }
    return levels;
  }
}
