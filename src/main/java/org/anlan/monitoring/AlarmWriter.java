package org.anlan.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anlan.monitoring.ActiveAlarms.Active;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.SensorFacts;
import org.anlan.platform.Databases;
import org.anlan.platform.RowInserts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes what the engine decided, inside the ingest worker's transaction: raises, level changes and
 * clearances of alarms with their history entries, and publishes {@link AlarmRaised},
 * {@link AlarmLevelChanged} and {@link AlarmCleared} through the event publication registry, so a
 * listener never misses one. The caller updates {@link ActiveAlarms} after commit.
 */
@Component
class AlarmWriter {

  /** A rule's new level for a sensor; {@code next} null clears. */
  record Decision(SensorFacts sensor, StationCatalogue.Entry station, RuleDefinition rule, Active current, AlarmLevel next,
      Instant time, Double value) {}

  /**
   * What happened, for the cache and the live stream: the alarm and its active state after (null when no longer active);
   * for a raise also the alarm as just written, so the live stream need not read it back.
   */
  record Outcome(long alarmId, Decision decision, Active after, AlarmSummary raised) {

    Outcome(long alarmId, Decision decision, Active after) {
      this(alarmId, decision, after, null);
    }
  }

  /** The history note of a cleared alarm closed because its sensor and rule raised a new one. */
  static final String SUPERSEDED = "再次告警（#%d），本条已消除的告警自动关闭 closed: the same sensor and rule raised alarm #%d";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final StationCatalogue catalogue;

  private final boolean postgres;
  private final org.springframework.jdbc.core.JdbcTemplate batch;

  AlarmWriter(JdbcClient jdbc, ApplicationEventPublisher events, StationCatalogue catalogue, DataSource dataSource,
      org.springframework.jdbc.core.JdbcTemplate batch) {
    this.batch = batch;
    this.jdbc = jdbc;
    this.events = events;
    this.catalogue = catalogue;
    this.postgres = Databases.isPostgres(dataSource);
  }

  Outcome apply(Decision d, Instant now) {
    if (d.current() == null) {
      return raise(d, now);
    }
    return d.next() == null ? clear(d, now) : change(d, now);
  }

  private Outcome raise(Decision d, Instant now) {
    Map<String, Object> p = params(d, now);
    p.put("sensor", d.sensor().sensorId());
    p.put("station", d.station().id());
    p.put("stationCode", d.station().code());
    p.put("sensorCode", sensorCode(d));
    p.put("kind", d.sensor().sensorKind());
    p.put("rule", d.rule().id());
    p.put("ruleName", d.rule().name());
    p.put("area", d.station().areaCode());
    p.put("key", ActiveAlarms.key(d.sensor().sensorId(), d.rule().id()));
    long id = withEntry("""
        insert into monitoring_alarm (sensor_id, station_id, station_code, sensor_code, sensor_kind, rule_id, rule_name, area_code,
          status, level, peak_level, raised_at, trigger_time, trigger_value, last_time, last_value, level_changed_at, active_key)
        values (:sensor, :station, :stationCode, :sensorCode, :kind, :rule, :ruleName, :area, 'RAISED', :level, :level, :now,
          :time, :value, :time, :value, :now, :key)""", p, "RAISED", null);
    events.publishEvent(new AlarmRaised(id, d.station().code(), d.station().name(), sensorCode(d), d.sensor().sensorKind(),
        d.station().areaCode(), d.rule().id(), d.rule().name(), d.next(), d.time(), d.value()));
    return new Outcome(id, d, new Active(id, d.sensor().sensorId(), d.station().id(), d.rule().id(), d.next()), summary(id, d, now));
  }

  /**
   * One open alarm per (sensor, rule): the alarms a batch raised close the earlier alarms of their sensor and rule that
   * cleared and that nobody closed yet, each with a history entry naming the new one — for the whole batch at once (one
   * indexed query; an update and one insert only when there are some). Answers the ids closed.
   */
  List<Long> supersede(List<Outcome> outcomes, Instant now) {
    Map<String, Long> raisedBy = new HashMap<>();
    for (Outcome o : outcomes) {
      if (o.raised() != null) {
        raisedBy.put(ActiveAlarms.key(o.decision().sensor().sensorId(), o.decision().rule().id()), o.alarmId());
      }
    }
    if (raisedBy.isEmpty()) {
      return List.of();
    }
    List<Long> sensors = outcomes.stream().filter(o -> o.raised() != null).map(o -> o.decision().sensor().sensorId()).distinct().toList();
    List<Long[]> closing = new java.util.ArrayList<>(); // {old id, new id}
    // locked: a person closing one of them meanwhile waits, and is then told it was closed
    jdbc.sql("select id, sensor_id, rule_id from monitoring_alarm where sensor_id in (:sensors) and status = 'CLEARED' for update")
        .param("sensors", sensors).query(rs -> {
          Long raised = raisedBy.get(ActiveAlarms.key(rs.getLong(2), rs.getLong(3)));
          if (raised != null && raised != rs.getLong(1)) {
            closing.add(new Long[] {rs.getLong(1), raised});
          }
        });
    if (closing.isEmpty()) {
      return List.of();
    }
    Object at = ReadingStore.utc(now);
    List<Long> ids = closing.stream().map(c -> c[0]).toList();
    jdbc.sql("""
        update monitoring_alarm set status = 'CLOSED', closed_at = :now, closed_by = 'system', version = version + 1
        where id in (:ids) and status = 'CLEARED'""").param("now", at).param("ids", ids).update();
    RowInserts.insert(batch, "insert into monitoring_alarm_entry (alarm_id, at, kind, actor, text) values", "(?, ?, 'CLOSED', 'system', ?)",
        "", closing, c -> new Object[] {c[0], at, SUPERSEDED.formatted(c[1], c[1])});
    return ids;
  }

  /** The parameters every write of a decision has: now, the reading's time and value, the new level (null: cleared). */
  private static Map<String, Object> params(Decision d, Instant now) {
    Map<String, Object> p = new HashMap<>();
    p.put("now", ReadingStore.utc(now));
    p.put("time", ReadingStore.utc(d.time()));
    p.put("value", d.value());
    p.put("level", d.next() == null ? null : d.next().name());
    return p;
  }

  /**
   * Writes the alarm row ({@code write}: its insert, or an update of the active alarm {@code id}) and its history
   * entry of this kind; returns the alarm's id, or null when the update found it no longer active. On PostgreSQL one
   * statement (the entry inserted from the row's {@code returning id}), elsewhere two.
   */
  private Long withEntry(String write, Map<String, Object> p, String kind, Long id) {
    p.put("entryKind", kind);
    if (postgres) {
      return jdbc.sql("with a as (" + write + " returning id) insert into monitoring_alarm_entry"
              + " (alarm_id, at, kind, level, reading_time, reading_value, actor) select id, cast(:now as timestamp with time zone),"
              + " cast(:entryKind as varchar), cast(:level as varchar), cast(:time as timestamp with time zone),"
              + " cast(:value as double precision), 'system' from a returning alarm_id")
          .params(p).query(Long.class).optional().orElse(null);
    }
    Long written = id;
    if (id == null) {
      var keys = new GeneratedKeyHolder();
      jdbc.sql(write).params(p).update(keys, "id");
      written = keys.getKey().longValue();
    } else if (jdbc.sql(write).params(p).update() == 0) {
      return null;
    }
    jdbc.sql("""
        insert into monitoring_alarm_entry (alarm_id, at, kind, level, reading_time, reading_value, actor)
        values (:alarm, :now, :entryKind, :level, :time, :value, 'system')""").params(p).param("alarm", written).update();
    return written;
  }

  /** The raised alarm as {@link AlarmQueries} would read it back (times rounded to microseconds, as H2 and PostgreSQL store them). */
  private AlarmSummary summary(long id, Decision d, Instant now) {
    Instant at = micros(now);
    Instant time = micros(d.time());
    return new AlarmSummary(id, d.station().code(), d.station().name(), d.station().lon(), d.station().lat(), sensorCode(d),
        d.sensor().sensorKind(), d.rule().id(), d.rule().name(), d.station().areaCode(), AlarmStatus.RAISED, d.next(), d.next(), at,
        time, d.value(), time, d.value(), at, null, null, null, null, null, null, 0);
  }

  private static Instant micros(Instant t) {
    return t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
  }

  private Outcome change(Decision d, Instant now) {
    long id = d.current().alarmId();
    Map<String, Object> p = params(d, now);
    p.put("rank", d.next().ordinal());
    p.put("id", id);
    Long changed = withEntry("""
        update monitoring_alarm set level = :level, level_changed_at = :now, last_time = :time, last_value = :value,
          peak_level = case when :rank > (case peak_level when 'BLUE' then 0 when 'YELLOW' then 1 when 'ORANGE' then 2 else 3 end)
            then :level else peak_level end
        where id = :id and active_key is not null""", p, "LEVEL", id);
    if (changed == null) {
      // closed by a person meanwhile: the condition still holds, so this is a new alarm
      return raise(new Decision(d.sensor(), d.station(), d.rule(), null, d.next(), d.time(), d.value()), now);
    }
    events.publishEvent(new AlarmLevelChanged(id, d.station().code(), sensorCode(d), d.station().areaCode(), d.current().level(),
        d.next(), d.time(), d.value()));
    return new Outcome(id, d, new Active(id, d.sensor().sensorId(), d.station().id(), d.rule().id(), d.next()));
  }

  private Outcome clear(Decision d, Instant now) {
    long id = d.current().alarmId();
    Map<String, Object> p = params(d, now);
    p.put("id", id);
    Long changed = withEntry("""
        update monitoring_alarm set status = 'CLEARED', cleared_at = :now, active_key = null, last_time = :time, last_value = :value
        where id = :id and active_key is not null""", p, "CLEARED", id);
    if (changed != null) {
      events.publishEvent(new AlarmCleared(id, d.station().code(), sensorCode(d), d.station().areaCode(), d.current().level(), d.time()));
    }
    return new Outcome(id, d, null);
  }

  private String sensorCode(Decision d) {
    String code = catalogue.sensorCode(d.sensor().sensorId());
    return code == null ? "?" : code;
  }
}
