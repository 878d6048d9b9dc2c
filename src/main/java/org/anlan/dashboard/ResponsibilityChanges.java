package org.anlan.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.directory.ResponsibilityAssigned;
import org.anlan.shared.AreaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Read model: the latest change of each responsibility assignment (责任分工变更), from
 * {@link ResponsibilityAssigned}. Idempotent: a redelivered event rewrites the same row.
 */
@Component
class ResponsibilityChanges {

  private final JdbcClient jdbc;
  private final AreaCatalogue areas;
  private final Clock clock;

  ResponsibilityChanges(JdbcClient jdbc, AreaCatalogue areas, Clock clock) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ResponsibilityAssigned event) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    int updated = jdbc.sql("update dashboard_responsibility_change set person_id = ?, area_code = ?, role_code = ?, changed_at = ? where assignment_id = ?")
        .params(event.personId(), event.areaCode(), event.roleCode(), now, event.assignmentId())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into dashboard_responsibility_change (assignment_id, person_id, area_code, role_code, changed_at) values (?, ?, ?, ?, ?)")
          .params(event.assignmentId(), event.personId(), event.areaCode(), event.roleCode(), now)
          .update();
    }
  }

  /** The newest changes within an area, newest first. */
  List<Change> recent(AreaCode within, int limit) {
    List<String> codes = areas.subtree(within).stream().map(a -> a.code().value()).toList();
    return jdbc.sql("""
            select assignment_id, person_id, area_code, role_code, changed_at from dashboard_responsibility_change
            where area_code in (:codes) order by changed_at desc, assignment_id desc limit :limit""")
        .param("codes", codes)
        .param("limit", limit)
        .query((rs, n) -> new Change(rs.getLong("assignment_id"), rs.getLong("person_id"), rs.getString("area_code"),
            rs.getString("role_code"), rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  record Change(long assignmentId, long personId, String areaCode, String roleCode, Instant changedAt) {}
}
