package org.anlan.directory;

import org.anlan.area.Jurisdiction;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;

/** Creates, changes and deletes organisations, inside the caller's jurisdiction, audited. */
@Component
class OrganisationCommands {

  static final String AUDIT_TYPE = "directory.organisation";

  private final Organisations organisations;
  private final People people;
  private final DirectoryQueries queries;
  private final Jurisdiction jurisdiction;
  private final AuditLog audit;

  OrganisationCommands(Organisations organisations, People people, DirectoryQueries queries, Jurisdiction jurisdiction,
      AuditLog audit) {
    this.organisations = organisations;
    this.people = people;
    this.queries = queries;
    this.jurisdiction = jurisdiction;
    this.audit = audit;
  }

  OrganisationSummary create(SaveOrganisation command) {
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    checkParent(command.parentId(), null);
    Organisation organisation = new Organisation();
    organisation.apply(command);
    organisation.version = null;
    long id = organisations.save(organisation).id;
    OrganisationSummary after = queries.organisation(id).orElseThrow();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "create", null, after);
    return after;
  }

  OrganisationSummary update(long id, SaveOrganisation command) {
    Organisation organisation = load(id);
    jurisdiction.requireChangeable(AreaCode.of(organisation.areaCode));
    jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    checkParent(command.parentId(), id);
    OrganisationSummary before = queries.organisation(id).orElseThrow();
    organisation.apply(command);
    organisations.save(organisation);
    OrganisationSummary after = queries.organisation(id).orElseThrow();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    return after;
  }

  void delete(long id) {
    Organisation organisation = load(id);
    jurisdiction.requireChangeable(AreaCode.of(organisation.areaCode));
    if (people.existsByOrganisationId(id) || organisations.existsByParentId(id)) {
      throw new ConflictException("directory.organisation-in-use", organisation.name);
    }
    OrganisationSummary before = queries.organisation(id).orElseThrow();
    organisations.delete(organisation);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  Organisation load(long id) {
    return organisations.findById(id).orElseThrow(() -> new NotFoundException("directory.organisation-not-found", id));
  }

  /** The parent must exist, and must not be the organisation itself or below it. */
  private void checkParent(Long parentId, Long self) {
    for (Long at = parentId; at != null; ) {
      if (at.equals(self)) {
        throw new RuleViolatedException("directory.organisation-cycle", parentId);
      }
      Organisation parent = organisations.findById(at)
          .orElseThrow(() -> new RuleViolatedException("directory.organisation-unknown", parentId));
      at = parent.parentId;
    }
  }
}
