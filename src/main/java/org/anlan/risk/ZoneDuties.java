package org.anlan.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anlan.directory.AssignResponsibility;
import org.anlan.directory.AssignmentSummary;
import org.anlan.directory.AssignmentTarget;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.Responsible;
import org.anlan.directory.ResponsibilityRole;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;

/**
 * 包保/六落实 of a danger zone: the zone's own assignments are kept by the directory (target type
 * DANGER_ZONE, the zone's id, its area), which checks scope and roles, audits and publishes. The
 * zone's area's 网格员 and 村社书记 follow as fallback.
 */
@Component
class ZoneDuties {

  /** The area roles shown as fallback, in this order. */
  static final List<ResponsibilityRole> FALLBACK = List.of(ResponsibilityRole.GRID_WORKER, ResponsibilityRole.VILLAGE_SECRETARY);

  private final ZoneCommands zones;
  private final DirectoryDesk directory;
  private final Clock clock;

  ZoneDuties(ZoneCommands zones, DirectoryDesk directory, Clock clock) {
    this.zones = zones;
    this.directory = directory;
    this.clock = clock;
  }

  static AssignmentTarget target(DangerZone zone) {
    return AssignmentTarget.dangerZone(zone.id, AreaCode.of(zone.areaCode));
  }

  /** The zone's own people first (by role), then the area's fallback people. */
  List<ZoneResponsible> of(long zoneId) {
    DangerZone zone = zones.load(zoneId);
    List<ZoneResponsible> all = new ArrayList<>(directory.assignmentsOf(target(zone)).stream().map(this::own).toList());
    for (ResponsibilityRole role : FALLBACK) {
      Responsible answer = directory.responsibleFor(AreaCode.of(zone.areaCode), role.name());
      answer.people().forEach(p -> all.add(new ZoneResponsible(true, role.name(), role.zh(), role.en(), p.personId(), p.name(),
          p.mobile(), true, null, null, null, false, p.deputy() ? "DEPUTY" : "PERSON", p.assignmentId(), p.assignedAreaCode(),
          p.foundBy().name(), null, null, true, null, null)));
    }
    return all;
  }

  ZoneResponsible assign(long zoneId, AssignResponsibility command) {
    return own(directory.assign(target(zones.load(zoneId)), command));
  }

  ZoneResponsible change(long zoneId, long assignmentId, AssignResponsibility command) {
    return own(directory.reassign(target(zones.load(zoneId)), assignmentId, command));
  }

  void remove(long zoneId, long assignmentId) {
    directory.unassign(target(zones.load(zoneId)), assignmentId);
  }

  private ZoneResponsible own(AssignmentSummary a) {
    ResponsibilityRole role = ResponsibilityRole.find(a.roleCode()).orElseThrow();
    return new ZoneResponsible(false, role.name(), role.zh(), role.en(), a.personId(), a.personName(), a.personMobile(),
        a.personAvailable(), a.deputyPersonId(), a.deputyName(), a.deputyMobile(), a.deputyAvailable(), answers(a),
        a.id(), a.areaCode(), null, a.validFrom(), a.validTo(), a.active(), a.note(), a.version());
  }

  /** The directory's rule for one assignment: not started → nobody; person in post and term running → person; else the deputy. */
  private String answers(AssignmentSummary a) {
    LocalDate today = LocalDate.now(clock);
    if (a.validFrom() != null && a.validFrom().isAfter(today)) {
      return "NOBODY";
    }
    if (a.personAvailable() && a.active()) {
      return "PERSON";
    }
    return a.deputyPersonId() != null && a.deputyAvailable() ? "DEPUTY" : "NOBODY";
  }
}
