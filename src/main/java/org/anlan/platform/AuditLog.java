package org.anlan.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: every change, with who made it, when, what it touched and the state before and
 * after, as JSON. Modules call {@link #record} inside the transaction of the change, so a change
 * and its audit line commit or roll back together.
 */
@Component
public class AuditLog {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final CurrentActor actors;
  private final Clock clock;
  private final JdbcTemplate batch;

  AuditLog(JdbcClient jdbc, JsonMapper json, CurrentActor actors, Clock clock, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * Records one change.
   *
   * @param action what was done, e.g. {@code create}, {@code update}, {@code delete}, {@code import}
   * @param before the state before (null on create), serialised as JSON
   * @param after the state after (null on delete), serialised as JSON
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String entityType, String entityId, String areaCode, String action, Object before, Object after) {
    recordAs(actors.find().map(Actor::username).orElse("system"), entityType, entityId, areaCode, action, before, after);
  }

  /**
   * Records one change made without a login, naming who made it, e.g. {@code link:张三} for an answer given
   * through a one-click link.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAs(String who, String entityType, String entityId, String areaCode, String action, Object before, Object after) {
    jdbc.sql("""
            insert into platform_audit_log (at, actor, action, entity_type, entity_id, area_code, before_json, after_json)
            values (:at, :actor, :action, :type, :id, :area, :before, :after)""")
        .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .param("actor", who)
        .param("action", action)
        .param("type", entityType)
        .param("id", entityId)
        .param("area", areaCode)
        .param("before", before == null ? null : json.writeValueAsString(before))
        .param("after", after == null ? null : json.writeValueAsString(after))
        .update();
  }

  /** One change for {@link #recordAllAs}. */
  public record Change(String who, String entityType, String entityId, String areaCode, String action, Object before,
      Object after) {}

  /** Records many changes made without a login (e.g. a group of answers) in multi-row statements. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAllAs(List<Change> changes) {
    OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    RowInserts.insert(batch, """
        insert into platform_audit_log (at, actor, action, entity_type, entity_id, area_code, before_json, after_json)
        values""", "(?, ?, ?, ?, ?, ?, ?, ?)", "", changes, c -> new Object[] {at, c.who(), c.action(), c.entityType(),
            c.entityId(), c.areaCode(), c.before() == null ? null : json.writeValueAsString(c.before()),
            c.after() == null ? null : json.writeValueAsString(c.after())});
  }

  /** The newest entries first, filtered by whatever is given. */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(AuditQuery query) {
    StringBuilder sql = new StringBuilder("select id, at, actor, action, entity_type, entity_id, area_code, before_json, after_json from platform_audit_log where 1 = 1");
    var params = new java.util.HashMap<String, Object>();
    if (query.entityType() != null) {
      sql.append(" and entity_type = :type");
      params.put("type", query.entityType());
    }
    if (query.entityId() != null) {
      sql.append(" and entity_id = :id");
      params.put("id", query.entityId());
    }
    if (query.actor() != null) {
      sql.append(" and actor = :actor");
      params.put("actor", query.actor());
    }
    if (query.from() != null) {
      sql.append(" and at >= :from");
      params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
    }
    if (query.to() != null) {
      sql.append(" and at < :to");
      params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
    }
    sql.append(" order by id desc limit :limit offset :offset");
    params.put("limit", query.size());
    params.put("offset", query.page() * query.size());
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
            rs.getString("area_code"), rs.getString("before_json"), rs.getString("after_json")))
        .list();
  }

  /** One line of the audit log; before and after are JSON text. */
  public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
      String areaCode, String before, String after) {}

  /** Filters for {@link #search}; nulls mean "any". */
  public record AuditQuery(String entityType, String entityId, String actor, Instant from, Instant to, int page, int size) {}
}
