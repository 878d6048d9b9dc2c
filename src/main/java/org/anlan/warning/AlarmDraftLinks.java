package org.anlan.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

  /** The draft a merged alarm belongs to. */
  Optional<Long> warningOf(long alarmId) {
    return jdbc.sql("select warning_id from warning_alarm_link where alarm_id = ?").param(alarmId).query(Long.class).optional();
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
