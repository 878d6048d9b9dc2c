package org.anlan.directory;

import org.anlan.area.Jurisdiction;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;

/** Creates, changes and deletes people, inside the caller's jurisdiction, audited. */
@Component
class PersonCommands {

  static final String AUDIT_TYPE = "directory.person";

  private final People people;
  private final Organisations organisations;
  private final Assignments assignments;
  private final DirectoryQueries queries;
  private final Jurisdiction jurisdiction;
  private final AuditLog audit;

  PersonCommands(People people, Organisations organisations, Assignments assignments, DirectoryQueries queries,
      Jurisdiction jurisdiction, AuditLog audit) {
    this.people = people;
    this.organisations = organisations;
    this.assignments = assignments;
    this.queries = queries;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
  }

  PersonSummary create(SavePerson command) {
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    checkReferences(command, null);
    Person person = new Person();
    person.apply(command);
    person.version = null;
    long id = people.save(person).id;
    PersonSummary after = queries.person(id).orElseThrow();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "create", null, after);
    return after;
  }

  PersonSummary update(long id, SavePerson command) {
    Person person = load(id);
    jurisdiction.requireChangeable(AreaCode.of(person.areaCode));
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    checkReferences(command, id);
    PersonSummary before = queries.person(id).orElseThrow();
    person.apply(command);
    people.save(person);
    PersonSummary after = queries.person(id).orElseThrow();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    return after;
  }

  void delete(long id) {
    Person person = load(id);
    jurisdiction.requireChangeable(AreaCode.of(person.areaCode));
    if (assignments.countReferencing(id) > 0) {
      throw new ConflictException("directory.person-in-use", person.name);
    }
    PersonSummary before = queries.person(id).orElseThrow();
    people.delete(person);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  Person load(long id) {
    return people.findById(id).orElseThrow(() -> new NotFoundException("directory.person-not-found", id));
  }

  private void checkReferences(SavePerson command, Long self) {
    people.findByMobile(command.mobile().trim()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
      throw new ConflictException("directory.mobile-taken", command.mobile().trim());
    });
    if (command.organisationId() != null && !organisations.existsById(command.organisationId())) {
      throw new RuleViolatedException("directory.organisation-unknown", command.organisationId());
    }
  }
}
