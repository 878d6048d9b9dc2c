package org.anlan.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 死信: what MQTT ingest could not take — a malformed message or a refused item — kept with its reason
 * and (the start of) its payload, for the duty officer to see; nothing is dropped silently.
 */
@Component
class DeadLetters {

  /** One rejected message or item. */
  record DeadLetter(long id, Instant receivedAt, String channel, String topic, String stationCode, Integer itemIndex, String code,
      String detail, String payload) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  DeadLetters(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void add(String channel, String topic, String stationCode, Integer index, String code, String detail, String payload) {
    jdbc.sql("""
        insert into monitoring_dead_letter (received_at, channel, topic, station_code, item_index, code, detail, payload)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(ReadingStore.utc(clock.instant()), channel, cut(topic, 200), cut(stationCode, 40), index, code, cut(detail, 500),
            cut(payload, 4000))
        .update();
  }

  List<DeadLetter> latest(int limit) {
    return jdbc.sql("select id, received_at, channel, topic, station_code, item_index, code, detail, payload "
            + "from monitoring_dead_letter order by id desc limit ?")
        .param(limit)
        .query((rs, i) -> new DeadLetter(rs.getLong(1), AlarmQueries.instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
            (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9)))
        .list();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
