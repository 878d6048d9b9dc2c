package org.anlan.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.anlan.monitoring.ActiveAlarms.Active;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.SensorFacts;
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

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final StationCatalogue catalogue;

  AlarmWriter(JdbcClient jdbc, ApplicationEventPublisher events, StationCatalogue catalogue) {
    this.jdbc = jdbc;
    this.events = events;
    this.catalogue = catalogue;
  }

  Outcome apply(Decision d, Instant now) {
    if (d.current() == null) {
      return raise(d, now);
    }
    return d.next() == null ? clear(d, now) : change(d, now);
  }

  private Outcome raise(Decision d, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into monitoring_alarm (sensor_id, station_id, station_code, sensor_code, sensor_kind, rule_id, rule_name, area_code,
          status, level, peak_level, raised_at, trigger_time, trigger_value, last_time, last_value, level_changed_at, active_key)
        values (:sensor, :station, :stationCode, :sensorCode, :kind, :rule, :ruleName, :area, 'RAISED', :level, :level, :now,
          :time, :value, :time, :value, :now, :key)""")
        .param("sensor", d.sensor().sensorId()).param("station", d.station().id()).param("stationCode", d.station().code())
        .param("sensorCode", sensorCode(d)).param("kind", d.sensor().sensorKind()).param("rule", d.rule().id())
        .param("ruleName", d.rule().name()).param("area", d.station().areaCode()).param("level", d.next().name())
        .param("now", ReadingStore.utc(now)).param("time", ReadingStore.utc(d.time())).param("value", d.value())
        .param("key", ActiveAlarms.key(d.sensor().sensorId(), d.rule().id()))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    entry(id, now, "RAISED", d);
    events.publishEvent(new AlarmRaised(id, d.station().code(), d.station().name(), sensorCode(d), d.sensor().sensorKind(),
        d.station().areaCode(), d.rule().id(), d.rule().name(), d.next(), d.time(), d.value()));
    return new Outcome(id, d, new Active(id, d.sensor().sensorId(), d.station().id(), d.rule().id(), d.next()), summary(id, d, now));
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
    int changed = jdbc.sql("""
        update monitoring_alarm set level = :level, level_changed_at = :now, last_time = :time, last_value = :value,
          peak_level = case when :rank > (case peak_level when 'BLUE' then 0 when 'YELLOW' then 1 when 'ORANGE' then 2 else 3 end)
            then :level else peak_level end
        where id = :id and active_key is not null""")
        .param("level", d.next().name()).param("now", ReadingStore.utc(now)).param("time", ReadingStore.utc(d.time()))
        .param("value", d.value()).param("rank", d.next().ordinal()).param("id", id).update();
    if (changed == 0) {
      // closed by a person meanwhile: the condition still holds, so this is a new alarm
      return raise(new Decision(d.sensor(), d.station(), d.rule(), null, d.next(), d.time(), d.value()), now);
    }
    entry(id, now, "LEVEL", d);
    events.publishEvent(new AlarmLevelChanged(id, d.station().code(), sensorCode(d), d.station().areaCode(), d.current().level(),
        d.next(), d.time(), d.value()));
    return new Outcome(id, d, new Active(id, d.sensor().sensorId(), d.station().id(), d.rule().id(), d.next()));
  }

  private Outcome clear(Decision d, Instant now) {
    long id = d.current().alarmId();
    int changed = jdbc.sql("""
        update monitoring_alarm set status = 'CLEARED', cleared_at = :now, active_key = null, last_time = :time, last_value = :value
        where id = :id and active_key is not null""")
        .param("now", ReadingStore.utc(now)).param("time", ReadingStore.utc(d.time())).param("value", d.value()).param("id", id).update();
    if (changed > 0) {
      entry(id, now, "CLEARED", d);
      events.publishEvent(new AlarmCleared(id, d.station().code(), sensorCode(d), d.station().areaCode(), d.current().level(), d.time()));
    }
    return new Outcome(id, d, null);
  }

  private void entry(long alarmId, Instant now, String kind, Decision d) {
    jdbc.sql("""
        insert into monitoring_alarm_entry (alarm_id, at, kind, level, reading_time, reading_value, actor)
        values (?, ?, ?, ?, ?, ?, 'system')""")
        .params(alarmId, ReadingStore.utc(now), kind, d.next() == null ? null : d.next().name(), ReadingStore.utc(d.time()), d.value())
        .update();
  }

  private String sensorCode(Decision d) {
    String code = catalogue.sensorCode(d.sensor().sensorId());
    return code == null ? "?" : code;
  }
}
