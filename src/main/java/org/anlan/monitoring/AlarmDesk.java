package org.anlan.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.AfterCommit;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 告警: what people do with alarms — acknowledge (签收), comment, assign, close — and the lists. The level
 * and clearing belong to the rules; people cannot set them. Every change is audited ({@value #AUDIT_TYPE})
 * and pushed to the live stream after commit.
 */
@Service
@Transactional
public class AlarmDesk {

  static final String AUDIT_TYPE = "monitoring.alarm";

  private final AlarmQueries queries;
  private final JdbcClient jdbc;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final CurrentActor actors;
  private final AuditLog audit;
  private final ActiveAlarms active;
  private final AlarmStream stream;
  private final Clock clock;

  private final org.anlan.identity.IdentityDesk identity;

  AlarmDesk(AlarmQueries queries, JdbcClient jdbc, Jurisdiction jurisdiction, AreaCatalogue areas, CurrentActor actors, AuditLog audit,
      ActiveAlarms active, AlarmStream stream, Clock clock, org.anlan.identity.IdentityDesk identity) {
    this.identity = identity;
    this.queries = queries;
    this.jdbc = jdbc;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.actors = actors;
    this.audit = audit;
    this.active = active;
    this.stream = stream;
    this.clock = clock;
  }

  /**
   * Alarms in the area, newest first.
   *
   * @param status {@code open} (not closed: raised, acknowledged, cleared), {@code active} (raised or acknowledged),
   *     {@code all}, or one status name
   */
  @Transactional(readOnly = true)
  public List<AlarmSummary> alarms(AreaCode within, String status, String stationCode, int limit) {
    List<String> codes = areas.subtree(within).stream().map(a -> a.code().value()).toList();
    return queries.list(codes, statuses(status), stationCode == null || stationCode.isBlank() ? null : stationCode.trim(),
        Math.max(1, Math.min(limit, 2000)));
  }

  static List<AlarmStatus> statuses(String status) {
    if (status == null || status.isBlank() || status.equalsIgnoreCase("open")) {
      return List.of(AlarmStatus.RAISED, AlarmStatus.ACKNOWLEDGED, AlarmStatus.CLEARED);
    }
    if (status.equalsIgnoreCase("active")) {
      return List.of(AlarmStatus.RAISED, AlarmStatus.ACKNOWLEDGED);
    }
    if (status.equalsIgnoreCase("all")) {
      return List.of(AlarmStatus.values());
    }
    try {
      return List.of(AlarmStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new RuleViolatedException("monitoring.alarm-status-unknown", status);
    }
  }

  /** The alarm, or 404 {@code monitoring.alarm-not-found}; the caller checks the scope. */
  @Transactional(readOnly = true)
  public AlarmSummary alarm(long id) {
    return queries.find(id).orElseThrow(() -> new NotFoundException("monitoring.alarm-not-found", id));
  }

  /** 签收: someone has seen it and is on it. Only a raised alarm can be acknowledged. */
  public AlarmSummary acknowledge(long id, String text) {
    AlarmSummary before = changeable(id);
    String who = actors.writer().username();
    int n = jdbc.sql("update monitoring_alarm set status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?, version = version + 1 "
            + "where id = ? and status = 'RAISED'")
        .params(ReadingStore.utc(clock.instant()), who, id).update();
    if (n == 0) {
      throw new ConflictException("monitoring.alarm-not-raised", id, before.status());
    }
    return changed(before, "ACKNOWLEDGED", null, text, "acknowledge");
  }

  public AlarmSummary comment(long id, String text) {
    AlarmSummary before = changeable(id);
    if (text == null || text.isBlank()) {
      throw new RuleViolatedException("monitoring.alarm-comment-empty");
    }
    return changed(before, "COMMENT", null, text, "comment");
  }

  /** Gives the alarm to a user (by user name, 422 when there is no such user) to follow up; blank takes it back. */
  public AlarmSummary assign(long id, String assignee) {
    AlarmSummary before = changeable(id);
    String who = assignee == null || assignee.isBlank() ? null : assignee.trim();
    if (who != null && !identity.exists(who)) {
      throw new RuleViolatedException("monitoring.alarm-assignee-unknown", who);
    }
    jdbc.sql("update monitoring_alarm set assignee = ?, version = version + 1 where id = ?").params(who, id).update();
    return changed(before, "ASSIGNED", null, who, "assign");
  }

  /**
   * Closes the alarm. A cleared one closes with or without a note; closing one that is still active (a
   * false alarm, a broken gauge) needs the reason — and if the rule still holds, the next reading raises a
   * new alarm.
   */
  public AlarmSummary close(long id, String text) {
    AlarmSummary before = changeable(id);
    if (before.status() == AlarmStatus.CLOSED) {
      throw new ConflictException("monitoring.alarm-closed", id);
    }
    if (before.status().active() && (text == null || text.isBlank())) {
      throw new RuleViolatedException("monitoring.alarm-close-reason");
    }
    return closed(before, text);
  }

  /** Closes every alarm of a station that is being deleted: it reports nothing more, so they would stay open for ever. */
  void closeAllOf(long stationId, String reason) {
    jdbc.sql("select id from monitoring_alarm where station_id = ? and status <> 'CLOSED'").param(stationId).query(Long.class).list()
        .forEach(id -> closed(alarm(id), reason));
  }

  private AlarmSummary closed(AlarmSummary before, String text) {
    long id = before.id();
    jdbc.sql("update monitoring_alarm set status = 'CLOSED', closed_at = ?, closed_by = ?, active_key = null, version = version + 1 "
            + "where id = ? and status <> 'CLOSED'")
        .params(ReadingStore.utc(clock.instant()), actors.writer().username(), id).update();
    AfterCommit.run(() -> active.forget(id));
    return changed(before, "CLOSED", null, text, "close");
  }

  /** The alarm's history, oldest first. */
  @Transactional(readOnly = true)
  public List<AlarmQueries.AlarmEntry> history(long id) {
    return queries.entries(id);
  }

  /** The window of readings that explains an alarm: from a day before it was raised to its last change (or now). */
  Instant[] evidenceWindow(AlarmSummary alarm) {
    Instant end = alarm.closedAt() != null ? alarm.closedAt() : alarm.clearedAt() != null ? alarm.clearedAt() : clock.instant();
    Instant last = alarm.lastTime() != null && alarm.lastTime().isAfter(end) ? alarm.lastTime() : end;
    return new Instant[] {alarm.triggerTime().minus(Duration.ofHours(24)), last};
  }

  private AlarmSummary changeable(long id) {
    AlarmSummary alarm = alarm(id);
    jurisdiction.requireChangeable(AreaCode.of(alarm.areaCode()));
    return alarm;
  }

  private AlarmSummary changed(AlarmSummary before, String kind, AlarmLevel level, String text, String action) {
    jdbc.sql("insert into monitoring_alarm_entry (alarm_id, at, kind, level, actor, text) values (?, ?, ?, ?, ?, ?)")
        .params(before.id(), ReadingStore.utc(clock.instant()), kind, level == null ? null : level.name(), actors.writer().username(),
            text == null || text.isBlank() ? null : text.trim())
        .update();
    AlarmSummary after = alarm(before.id());
    audit.record(AUDIT_TYPE, String.valueOf(before.id()), before.areaCode(), action, before,
        text == null ? after : Map.of("alarm", after, "text", text));
    AfterCommit.run(() -> stream.changed(List.of(before.id())));
    return after;
  }
}
