package org.anlan.directory;

import java.time.Clock;
import java.time.LocalDate;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates, changes and deletes responsibility assignments, inside the caller's jurisdiction,
 * audited; publishes {@link ResponsibilityAssigned} on create and change.
 */
@Component
class AssignmentCommands {

  static final String AUDIT_TYPE = "directory.assignment";

  private final Assignments assignments;
  private final People people;
  private final DirectoryQueries queries;
  private final Jurisdiction jurisdiction;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AssignmentCommands(Assignments assignments, People people, DirectoryQueries queries, Jurisdiction jurisdiction,
      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
    this.assignments = assignments;
    this.people = people;
    this.queries = queries;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  AssignmentSummary create(SaveAssignment command) {
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    ResponsibilityRole role = check(command);
    if (assignments.existsByTargetTypeAndTargetIdAndRoleCodeAndPersonId(Assignment.AREA, command.areaCode().trim(), role.name(), command.personId())) {
      throw new ConflictException("directory.assignment-duplicate", command.areaCode().trim(), role.name());
    }
    Assignment assignment = new Assignment();
    assignment.apply(command, role);
    assignment.version = null;
    long id = assignments.save(assignment).id;
    AssignmentSummary after = summary(id);
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "create", null, after);
    events.publishEvent(new ResponsibilityAssigned(id, after.personId(), after.areaCode(), after.roleCode()));
    return after;
  }

  AssignmentSummary update(long id, SaveAssignment command) {
    Assignment assignment = load(id);
    jurisdiction.requireChangeable(AreaCode.of(assignment.areaCode));
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    ResponsibilityRole role = check(command);
    assignments.findByTargetTypeAndTargetIdAndRoleCodeAndPersonId(Assignment.AREA, command.areaCode().trim(), role.name(), command.personId())
        .filter(other -> !other.id.equals(id)).ifPresent(other -> {
          throw new ConflictException("directory.assignment-duplicate", command.areaCode().trim(), role.name());
        });
    AssignmentSummary before = summary(id);
    assignment.apply(command, role);
    assignments.save(assignment);
    AssignmentSummary after = summary(id);
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    events.publishEvent(new ResponsibilityAssigned(id, after.personId(), after.areaCode(), after.roleCode()));
    return after;
  }

  void delete(long id) {
    Assignment assignment = load(id);
    jurisdiction.requireChangeable(AreaCode.of(assignment.areaCode));
    AssignmentSummary before = summary(id);
    assignments.delete(assignment);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  Assignment load(long id) {
    return assignments.findById(id).orElseThrow(() -> new NotFoundException("directory.assignment-not-found", id));
  }

  private AssignmentSummary summary(long id) {
    return queries.assignment(id, LocalDate.now(clock)).orElseThrow();
  }

  private ResponsibilityRole check(SaveAssignment command) {
    ResponsibilityRole role = ResponsibilityRole.find(command.roleCode())
        .orElseThrow(() -> new RuleViolatedException("directory.role-unknown", command.roleCode()));
    if (!people.existsById(command.personId())) {
      throw new RuleViolatedException("directory.person-unknown", command.personId());
    }
    if (command.deputyPersonId() != null) {
      if (command.deputyPersonId().equals(command.personId())) {
        throw new RuleViolatedException("directory.deputy-is-person");
      }
      if (!people.existsById(command.deputyPersonId())) {
        throw new RuleViolatedException("directory.person-unknown", command.deputyPersonId());
      }
    }
    if (command.validFrom() != null && command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
      throw new RuleViolatedException("directory.validity-invalid", command.validFrom(), command.validTo());
    }
    return role;
  }
}
