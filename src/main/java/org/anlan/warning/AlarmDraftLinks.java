package org.anlan.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alarms merged into an alarm draft after its first one (table {@code warning_alarm_link}). */
@Component
class AlarmDraftLinks {

  private final JdbcClient jdbc;

  AlarmDraftLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The draft (or warning) an alarm made (its first alarm) or was merged into, by id, without loading it. */
  Optional<Long> draftIdOf(long alarmId) {
    return jdbc.sql("select id from warning_warning where alarm_id = ? union all select warning_id from warning_alarm_link where alarm_id = ?")
        .params(alarmId, alarmId).query(Long.class).list().stream().findFirst();
  }

  /** Waiting alarm drafts of this type not yet expired, newest first: id and area codes (comma separated). */
  List<Map.Entry<Long, String>> openAlarmDrafts(WarningType type, Instant now) {
    return jdbc.sql("""
        select id, area_codes from warning_warning where source = 'ALARM' and type = ? and status = 'DRAFT'
          and alarm_id is not null and expires > ? order by id desc""")
        .params(type.name(), now.atOffset(ZoneOffset.UTC))
        .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
  }

  /**
   * Whether the duty officers may be told of a merge into this draft now: not told within {@code every} before
   * {@code now}. If so, notes {@code now} as the latest notice (in the caller's transaction).
   */
  boolean mayTellMerge(long warningId, Instant now, Duration every) {
    if (every.isZero()) {
      return true;
    }
    return jdbc.sql("update warning_warning set merge_notice_at = ? where id = ? and (merge_notice_at is null or merge_notice_at <= ?)")
        .params(now.atOffset(ZoneOffset.UTC), warningId, now.minus(every).atOffset(ZoneOffset.UTC)).update() > 0;
  }

  void add(long alarmId, long warningId, String stationCode, String areaCode, Instant at) {
    jdbc.sql("insert into warning_alarm_link (alarm_id, warning_id, station_code, area_code, added_at) values (?, ?, ?, ?, ?)")
        .params(alarmId, warningId, stationCode, areaCode, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
  }

  /** How many stations other than {@code firstStation} have alarms merged into the draft. */
  int otherStations(long warningId, String firstStation) {
    return jdbc.sql("select count(distinct station_code) from warning_alarm_link where warning_id = ? and station_code <> ?")
        .params(warningId, firstStation).query(Long.class).single().intValue();
  }
}
