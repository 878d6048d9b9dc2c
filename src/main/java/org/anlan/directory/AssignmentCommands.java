package org.anlan.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates, changes and deletes responsibility assignments of any {@link AssignmentTarget}, inside
 * the caller's jurisdiction (the target's area), audited; publishes {@link ResponsibilityAssigned}
 * on create and change.
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

  AssignmentSummary create(AssignmentTarget target, AssignResponsibility command) {
    jurisdiction.requireChangeable(target.areaCode());
    ResponsibilityRole role = check(target, command);
    if (assignments.existsByTargetTypeAndTargetIdAndRoleCodeAndPersonId(target.type().name(), target.id(), role.name(), command.personId())) {
      throw duplicate(target, role);
    }
    Assignment assignment = new Assignment();
    assignment.apply(target, command, role);
    assignment.version = null;
    long id = assignments.save(assignment).id;
    AssignmentSummary after = summary(id);
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "create", null, after);
    publish(after);
    return after;
  }

  /** Changes an assignment; the target may change (another area) but not its type (422 {@code directory.assignment-other-target}). */
  AssignmentSummary update(long id, AssignmentTarget target, AssignResponsibility command) {
    Assignment assignment = load(id);
    jurisdiction.requireChangeable(AreaCode.of(assignment.areaCode));
    if (!assignment.targetType.equals(target.type().name())) {
      throw new RuleViolatedException("directory.assignment-other-target", id, assignment.targetType);
    }
    jurisdiction.requireChangeable(target.areaCode());
    ResponsibilityRole role = check(target, command);
    assignments.findByTargetTypeAndTargetIdAndRoleCodeAndPersonId(target.type().name(), target.id(), role.name(), command.personId())
        .filter(other -> !other.id.equals(id)).ifPresent(other -> {
          throw duplicate(target, role);
        });
    AssignmentSummary before = summary(id);
    assignment.apply(target, command, role);
    assignments.save(assignment);
    AssignmentSummary after = summary(id);
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    publish(after);
    return after;
  }

  void delete(long id) {
    Assignment assignment = load(id);
    jurisdiction.requireChangeable(AreaCode.of(assignment.areaCode));
    AssignmentSummary before = summary(id);
    assignments.delete(assignment);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  /** Deletes every assignment of the target (e.g. its danger zone is gone); answers how many. */
  int deleteAll(AssignmentTarget target) {
    List<Assignment> found = assignments.findByTargetTypeAndTargetId(target.type().name(), target.id());
    found.forEach(a -> delete(a.id));
    return found.size();
  }

  /** Moves the target's assignments to its (new) area, e.g. after a danger zone moved to another village. */
  void follow(AssignmentTarget target) {
    for (Assignment a : assignments.findByTargetTypeAndTargetId(target.type().name(), target.id())) {
      if (!a.areaCode.equals(target.areaCode().value())) {
        jurisdiction.requireChangeable(AreaCode.of(a.areaCode));
        jurisdiction.requireChangeable(target.areaCode());
        AssignmentSummary before = summary(a.id);
        a.areaCode = target.areaCode().value();
        assignments.save(a);
        AssignmentSummary after = summary(a.id);
        audit.record(AUDIT_TYPE, String.valueOf(a.id), after.areaCode(), "move", before, after);
        publish(after);
      }
    }
  }

  Assignment load(long id) {
    return assignments.findById(id).orElseThrow(() -> new NotFoundException("directory.assignment-not-found", id));
  }

  /** The assignment, if it is one of the target's; else 404 {@code directory.assignment-not-found}. */
  Assignment loadOf(AssignmentTarget target, long id) {
    return assignments.findById(id).filter(a -> a.isFor(target))
        .orElseThrow(() -> new NotFoundException("directory.assignment-not-found", id));
  }

  private AssignmentSummary summary(long id) {
    return queries.assignment(id, LocalDate.now(clock)).orElseThrow();
  }

  private void publish(AssignmentSummary a) {
    events.publishEvent(new ResponsibilityAssigned(a.id(), a.personId(), a.areaCode(), a.roleCode()));
  }

  private static ConflictException duplicate(AssignmentTarget target, ResponsibilityRole role) {
    String what = target.type() == TargetType.AREA ? target.id() : target.type().name() + " " + target.id();
    return new ConflictException("directory.assignment-duplicate", what, role.name());
  }

  private ResponsibilityRole check(AssignmentTarget target, AssignResponsibility command) {
    ResponsibilityRole role = ResponsibilityRole.find(command.roleCode())
        .orElseThrow(() -> new RuleViolatedException("directory.role-unknown", command.roleCode()));
    if (role.target() != target.type()) {
      throw new RuleViolatedException("directory.role-not-for-target", role.name(), target.type().name());
    }
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
