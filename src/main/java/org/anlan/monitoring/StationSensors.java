package org.anlan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anlan.monitoring.StationSummary.SensorSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sensors of stations, kept by hand rather than as an aggregate collection: a sensor's id is what
 * its readings and alarms refer to, so changing a station must not re-create its sensors. A removed
 * sensor's readings stay in the store.
 */
@Component
class StationSensors {

  private final JdbcClient jdbc;

  StationSensors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<SensorSummary> of(long stationId) {
    return jdbc.sql("select id, code, kind, unit from monitoring_sensor where station_id = ? order by id").param(stationId)
        .query((rs, i) -> new SensorSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
  }

  Map<Long, List<SensorSummary>> all() {
    return jdbc.sql("select station_id, id, code, kind, unit from monitoring_sensor order by id")
        .query((rs, i) -> Map.entry(rs.getLong(1), new SensorSummary(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))))
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** Makes the station's sensors the given ones: same code keeps its id (kind and unit updated), new codes are added, missing ones removed. */
  void replace(long stationId, List<SensorSpec> wanted) {
    Map<String, SensorSummary> existing = of(stationId).stream().collect(Collectors.toMap(SensorSummary::code, s -> s));
    List<String> keep = new ArrayList<>();
    for (SensorSpec spec : wanted) {
      SensorSummary old = existing.get(spec.code());
      if (old == null) {
        jdbc.sql("insert into monitoring_sensor (station_id, code, kind, unit) values (?, ?, ?, ?)")
            .params(stationId, spec.code(), spec.kind(), spec.unit()).update();
      } else {
        jdbc.sql("update monitoring_sensor set kind = ?, unit = ? where id = ?").params(spec.kind(), spec.unit(), old.id()).update();
      }
      keep.add(spec.code());
    }
    existing.keySet().stream().filter(code -> !keep.contains(code)).forEach(code ->
        jdbc.sql("delete from monitoring_sensor where station_id = ? and code = ?").params(stationId, code).update());
  }
}
