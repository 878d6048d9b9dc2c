package org.anlan.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads alarms with their station's name and place. */
@Component
class AlarmQueries {

  private static final String SELECT = """
      select a.id, a.station_code, s.name, s.lon, s.lat, a.sensor_code, a.sensor_kind, a.rule_id, a.rule_name, a.area_code,
        a.status, a.level, a.peak_level, a.raised_at, a.trigger_time, a.trigger_value, a.last_time, a.last_value,
        a.level_changed_at, a.acknowledged_at, a.acknowledged_by, a.cleared_at, a.closed_at, a.closed_by, a.assignee, a.version
      from monitoring_alarm a left join monitoring_station s on s.id = a.station_id
      """;

  private final JdbcClient jdbc;

  AlarmQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AlarmSummary> find(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AlarmQueries::row).optional();
  }

  /** These alarms (those that exist), in one query. */
  List<AlarmSummary> findAll(List<Long> ids) {
    return ids.isEmpty() ? List.of() : jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(AlarmQueries::row).list();
  }

  /** Alarms in these areas with one of these statuses, newest first, at most {@code limit}. */
  List<AlarmSummary> list(List<String> areaCodes, List<AlarmStatus> statuses, String stationCode, int limit) {
    return jdbc.sql(SELECT + " where a.area_code in (:areas) and a.status in (:statuses)"
            + (stationCode == null ? "" : " and a.station_code = :station") + " order by a.raised_at desc, a.id desc limit :limit")
        .param("areas", areaCodes).param("statuses", statuses.stream().map(Enum::name).toList())
        .param("station", stationCode).param("limit", limit)
        .query(AlarmQueries::row).list();
  }

  /** The history of an alarm: raised, level changes, acknowledgement, comments, clearance, closure. */
  List<AlarmEntry> entries(long alarmId) {
    return jdbc.sql("select at, kind, level, reading_time, reading_value, actor, text from monitoring_alarm_entry where alarm_id = ? order by id")
        .param(alarmId)
        .query((rs, i) -> new AlarmEntry(instant(rs, 1), rs.getString(2), level(rs.getString(3)), instant(rs, 4),
            (Double) rs.getObject(5), rs.getString(6), rs.getString(7)))
        .list();
  }

  /** One line of an alarm's history. */
  record AlarmEntry(Instant at, String kind, AlarmLevel level, Instant readingTime, Double readingValue, String actor, String text) {}

  private static AlarmSummary row(ResultSet rs, int i) throws SQLException {
    return new AlarmSummary(rs.getLong(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4), (Double) rs.getObject(5),
        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), AlarmStatus.valueOf(rs.getString(11)),
        AlarmLevel.valueOf(rs.getString(12)), AlarmLevel.valueOf(rs.getString(13)), instant(rs, 14), instant(rs, 15),
        (Double) rs.getObject(16), instant(rs, 17), (Double) rs.getObject(18), instant(rs, 19), instant(rs, 20), rs.getString(21),
        instant(rs, 22), instant(rs, 23), rs.getString(24), rs.getString(25), rs.getLong(26));
  }

  private static AlarmLevel level(String s) {
    return s == null ? null : AlarmLevel.valueOf(s);
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
