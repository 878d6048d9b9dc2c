package org.anlan.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 通讯录: the directory's API. Queries take an area and do not check the caller's scope (the caller
 * does, e.g. with {@code Jurisdiction}); commands check that the current user may change the area,
 * audit the change and, for assignments, publish {@link ResponsibilityAssigned}.
 */
@Service
@Validated
@Transactional
public class DirectoryDesk {

  private final DirectoryQueries queries;
  private final PersonCommands personCommands;
  private final OrganisationCommands organisationCommands;
  private final AssignmentCommands assignmentCommands;
  private final DemoDuties demoDuties;
  private final AreaCatalogue areas;
  private final Clock clock;

  DirectoryDesk(DirectoryQueries queries, PersonCommands personCommands, OrganisationCommands organisationCommands,
      AssignmentCommands assignmentCommands, DemoDuties demoDuties, AreaCatalogue areas, Clock clock) {
    this.queries = queries;
    this.personCommands = personCommands;
    this.organisationCommands = organisationCommands;
    this.assignmentCommands = assignmentCommands;
    this.demoDuties = demoDuties;
    this.areas = areas;
    this.clock = clock;
  }

  /**
   * Who answers for {@code area} in role {@code roleCode}: the available primaries there, else
   * their deputies, else the same at the nearest ancestor that has someone (see docs/directory.md).
   * An empty answer means nobody up to the district; 422 {@code directory.role-unknown} for an
   * unknown role ({@code directory.role-not-for-target} for a danger-zone role), 404 {@code area.not-found}
   * for an unknown area.
   */
  @Transactional(readOnly = true)
  public Responsible responsibleFor(AreaCode area, String roleCode) {
    ResponsibilityRole role = role(roleCode);
    if (role.target() != TargetType.AREA) {
      throw new RuleViolatedException("directory.role-not-for-target", role.name(), TargetType.AREA.name());
    }
    List<String> chain = new ArrayList<>();
    chain.add(areas.get(area).code().value());
    areas.ancestors(area).forEach(a -> chain.add(a.code().value()));
    List<Resolution.Pick> picks = Resolution.resolve(chain, a -> queries.candidates(a, role.name()), LocalDate.now(clock));
    Map<Long, PersonSummary> people = queries.people(picks.stream().map(Resolution.Pick::personId).toList()).stream()
        .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    List<Responsible.ResponsiblePerson> answer = picks.stream().map(p -> {
      PersonSummary s = people.get(p.personId());
      return new Responsible.ResponsiblePerson(s.id(), s.name(), s.position(), s.mobile(), s.email(), s.organisationId(),
          s.organisationName(), p.assignmentId(), p.areaCode(), p.foundBy(), p.deputy());
    }).toList();
    return new Responsible(area.value(), role.name(), picks.isEmpty() ? null : picks.get(0).areaCode(), answer);
  }

  /** All role codes with their labels. */
  @Transactional(readOnly = true)
  public List<ResponsibilityRole> roles() {
    return Arrays.asList(ResponsibilityRole.values());
  }

  /** The role codes for one kind of target, e.g. the 六落实 roles of a danger zone. */
  @Transactional(readOnly = true)
  public List<ResponsibilityRole> roles(TargetType target) {
    return ResponsibilityRole.of(target);
  }

  @Transactional(readOnly = true)
  public Optional<PersonSummary> findPerson(long id) {
    return queries.person(id);
  }

  /** The people with these ids that exist (no scope check: for modules that resolve contacts), in no set order. */
  @Transactional(readOnly = true)
  public List<PersonSummary> people(java.util.Collection<Long> ids) {
    List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    List<PersonSummary> found = new ArrayList<>(all.size());
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(queries.people(all.subList(from, Math.min(all.size(), from + 1000))));
    }
    return found;
  }

  /** The person, or 404 {@code directory.person-not-found}. */
  @Transactional(readOnly = true)
  public PersonSummary person(long id) {
    return queries.person(id).orElseThrow(() -> new NotFoundException("directory.person-not-found", id));
  }

  /** People whose area lies within {@code within}, matching {@code query} (name, mobile, position) if given. */
  @Transactional(readOnly = true)
  public PersonPage people(AreaCode within, String query, int page, int size) {
    return queries.people(codesWithin(within), query, Math.max(0, page), Math.min(Math.max(1, size), 500));
  }

  public PersonSummary createPerson(@Valid SavePerson command) {
    return personCommands.create(command);
  }

  public PersonSummary updatePerson(long id, @Valid SavePerson command) {
    return personCommands.update(id, command);
  }

  public void deletePerson(long id) {
    personCommands.delete(id);
  }

  /** The organisation, or 404 {@code directory.organisation-not-found}. */
  @Transactional(readOnly = true)
  public OrganisationSummary organisation(long id) {
    return queries.organisation(id).orElseThrow(() -> new NotFoundException("directory.organisation-not-found", id));
  }

  @Transactional(readOnly = true)
  public List<OrganisationSummary> organisations(AreaCode within, String query) {
    return queries.organisations(codesWithin(within), query);
  }

  public OrganisationSummary createOrganisation(@Valid SaveOrganisation command) {
    return organisationCommands.create(command);
  }

  public OrganisationSummary updateOrganisation(long id, @Valid SaveOrganisation command) {
    return organisationCommands.update(id, command);
  }

  public void deleteOrganisation(long id) {
    organisationCommands.delete(id);
  }

  /** The assignment, or 404 {@code directory.assignment-not-found}. */
  @Transactional(readOnly = true)
  public AssignmentSummary assignment(long id) {
    return queries.assignment(id, LocalDate.now(clock))
        .orElseThrow(() -> new NotFoundException("directory.assignment-not-found", id));
  }

  /** Assignments for areas within {@code within}; {@code roleCode} and {@code personId} narrow it when given. */
  @Transactional(readOnly = true)
  public List<AssignmentSummary> assignments(AreaCode within, String roleCode, Long personId) {
    String role = roleCode == null || roleCode.isBlank() ? null : role(roleCode).name();
    return queries.assignments(codesWithin(within), role, personId, LocalDate.now(clock));
  }

  /** Creates an area's assignment; 422 {@code directory.role-not-for-target} for a role of another target type. */
  public AssignmentSummary createAssignment(@Valid SaveAssignment command) {
    return assignmentCommands.create(command.target(), command.responsibility());
  }

  /** Changes an area's assignment; 422 {@code directory.assignment-other-target} for one of another target (a zone). */
  public AssignmentSummary updateAssignment(long id, @Valid SaveAssignment command) {
    return assignmentCommands.update(id, command.target(), command.responsibility());
  }

  public void deleteAssignment(long id) {
    assignmentCommands.delete(id);
  }

  /**
   * The assignments of one target (e.g. a danger zone's 六落实), by role, with names, mobiles and
   * availability of person and deputy. No scope check (the caller checks).
   */
  @Transactional(readOnly = true)
  public List<AssignmentSummary> assignmentsOf(AssignmentTarget target) {
    return queries.assignmentsOf(target, LocalDate.now(clock));
  }

  /**
   * Assigns a person to the target in a role of the target's type. Checks that the caller may change
   * the target's area (403), the role (422 {@code directory.role-unknown}, {@code directory.role-not-for-target}),
   * person and deputy (422); 409 {@code directory.assignment-duplicate}. Audited; publishes {@link ResponsibilityAssigned}.
   */
  public AssignmentSummary assign(AssignmentTarget target, @Valid AssignResponsibility command) {
    return assignmentCommands.create(target, command);
  }

  /** Changes an assignment of the target (404 {@code directory.assignment-not-found} when it is not the target's). */
  public AssignmentSummary reassign(AssignmentTarget target, long assignmentId, @Valid AssignResponsibility command) {
    assignmentCommands.loadOf(target, assignmentId);
    return assignmentCommands.update(assignmentId, target, command);
  }

  /** Removes an assignment of the target (404 when it is not the target's), audited. */
  public void unassign(AssignmentTarget target, long assignmentId) {
    assignmentCommands.loadOf(target, assignmentId);
    assignmentCommands.delete(assignmentId);
  }

  /** Removes every assignment of the target, e.g. when its danger zone is deleted; each audited. Answers how many. */
  public int unassignAll(AssignmentTarget target) {
    return assignmentCommands.deleteAll(target);
  }

  /** The target has moved to {@code target.areaCode()}: its assignments follow (scoping, fallback), audited and republished. */
  public void targetMoved(AssignmentTarget target) {
    assignmentCommands.follow(target);
  }

  /**
   * Demo data only: gives the targets (danger zones) SYNTHETIC 六落实 people in two batch inserts, without
   * scope checks, events or per-row audit (one seed line), as the rest of the demo directory. Answers
   * the number of assignments made.
   */
  public int addDemoDuties(List<AssignmentTarget> targets) {
    return demoDuties.add(targets);
  }

  private List<String> codesWithin(AreaCode within) {
    return areas.subtree(within).stream().map(Area::code).map(AreaCode::value).toList();
  }

  private static ResponsibilityRole role(String code) {
    return ResponsibilityRole.find(code).orElseThrow(() -> new RuleViolatedException("directory.role-unknown", code));
  }
}
