package org.anlan.directory;

import org.anlan.platform.ImportRejectedException;
import org.anlan.platform.ImportRejectedException.RejectedRow;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.Actor;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.ImportProgress;
import org.anlan.platform.ImportProgressRegistry;
import org.anlan.shared.AreaCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the directory workbook all or nothing: every row is checked first, and if one is bad
 * nothing is written and the problem lists every bad row; otherwise people (keyed by mobile) and
 * assignments (keyed by area, role and person) are created or updated in one transaction, audited.
 * Reports reading, checking and writing (record by record) to the request's {@link ImportProgress}.
 */
@Service
class DirectoryImport {

  private final People people;
  private final Assignments assignments;
  private final AreaCatalogue areas;
  private final Jurisdiction jurisdiction;
  private final CurrentActor actors;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final ImportProgressRegistry progresses;

  DirectoryImport(People people, Assignments assignments, AreaCatalogue areas, Jurisdiction jurisdiction,
      CurrentActor actors, AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, ImportProgressRegistry progresses) {
    this.progresses = progresses;
    this.people = people;
    this.assignments = assignments;
    this.areas = areas;
    this.jurisdiction = jurisdiction;
    this.actors = actors;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
  }

  @Transactional
  ImportResult importWorkbook(InputStream in) {
    Actor actor = actors.writer();
    ImportProgress progress = progresses.current();
    progress.phase(ImportProgress.Phase.READING, 0);
    WorkbookReader.Parsed parsed = WorkbookReader.read(in);
    progress.phase(ImportProgress.Phase.CHECKING, parsed.people().size() + parsed.assignments().size());
    ImportCheck.Checked checked = ImportCheck.check(parsed, lookup(actor));
    if (!checked.errors().isEmpty()) {
      throw new ImportRejectedException("directory.import-rows", checked.errors().stream()
          .map(r -> RejectedRow.keyed(r.sheet(), r.row(), r.column(), r.code(), "directory.row." + r.code(), r.args())).toList(),
          Map.of(), checked.errors().size());
    }
    progress.phase(ImportProgress.Phase.WRITING, checked.people().size() + checked.assignments().size());
    int[] peopleCounts = upsertPeople(checked.people(), progress);
    int[] assignmentCounts = upsertAssignments(checked.assignments(), progress);
    return new ImportResult(peopleCounts[0] + assignmentCounts[0], peopleCounts[1] + assignmentCounts[1],
        peopleCounts[0], peopleCounts[1], assignmentCounts[0], assignmentCounts[1]);
  }

  private ImportCheck.Lookup lookup(Actor actor) {
    Map<String, Long> organisations = new HashMap<>();
    jdbc.sql("select id, name from directory_organisation order by id")
        .query((rs, n) -> organisations.putIfAbsent(rs.getString("name"), rs.getLong("id"))).list();
    return new ImportCheck.Lookup() {
      @Override
      public boolean areaExists(String code) {
        return areas.find(AreaCode.of(code)).isPresent();
      }

      @Override
      public boolean areaInScope(String code) {
        return jurisdiction.covers(actor, AreaCode.of(code));
      }

      @Override
      public Optional<Long> organisationByName(String name) {
        return Optional.ofNullable(organisations.get(name));
      }

      @Override
      public Optional<String> areaOfMobile(String mobile) {
        return people.findByMobile(mobile).map(p -> p.areaCode);
      }
    };
  }

  private int[] upsertPeople(List<SavePerson> rows, ImportProgress progress) {
    int[] counts = new int[2];
    for (SavePerson row : rows) {
      Optional<Person> existing = people.findByMobile(row.mobile());
      Person person = existing.orElseGet(Person::new);
      Map<String, Object> before = existing.map(p -> state(p)).orElse(null);
      person.apply(row);
      people.save(person);
      audit.record(PersonCommands.AUDIT_TYPE, String.valueOf(person.id), person.areaCode, "import", before, state(person));
      counts[existing.isPresent() ? 1 : 0]++;
      progress.advance(1);
    }
    return counts;
  }

  private int[] upsertAssignments(List<ImportCheck.AssignmentRow> rows, ImportProgress progress) {
    int[] counts = new int[2];
    for (ImportCheck.AssignmentRow row : rows) {
      long personId = people.findByMobile(row.personMobile()).orElseThrow().id;
      Long deputyId = row.deputyMobile() == null ? null : people.findByMobile(row.deputyMobile()).orElseThrow().id;
      Optional<Assignment> existing = assignments.findByTargetTypeAndTargetIdAndRoleCodeAndPersonId(Assignment.AREA,
          row.areaCode(), row.role().name(), personId);
      Assignment assignment = existing.orElseGet(Assignment::new);
      Map<String, Object> before = existing.map(a -> state(a)).orElse(null);
      assignment.apply(AssignmentTarget.area(AreaCode.of(row.areaCode())), new AssignResponsibility(personId,
          row.role().name(), deputyId, row.validFrom(), row.validTo(), row.note(), null), row.role());
      assignments.save(assignment);
      audit.record(AssignmentCommands.AUDIT_TYPE, String.valueOf(assignment.id), assignment.areaCode, "import", before, state(assignment));
      events.publishEvent(new ResponsibilityAssigned(assignment.id, personId, assignment.areaCode, assignment.roleCode));
      counts[existing.isPresent() ? 1 : 0]++;
      progress.advance(1);
    }
    return counts;
  }

  private static Map<String, Object> state(Person p) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", p.name);
    m.put("mobile", p.mobile);
    m.put("areaCode", p.areaCode);
    m.put("organisationId", p.organisationId);
    m.put("position", p.position);
    m.put("email", p.email);
    m.put("available", p.available);
    return m;
  }

  private static Map<String, Object> state(Assignment a) {
    Map<String, Object> m = new HashMap<>();
    m.put("personId", a.personId);
    m.put("deputyPersonId", a.deputyPersonId);
    m.put("roleCode", a.roleCode);
    m.put("areaCode", a.areaCode);
    m.put("validFrom", a.validFrom == null ? null : a.validFrom.toString());
    m.put("validTo", a.validTo == null ? null : a.validTo.toString());
    return m;
  }
}
