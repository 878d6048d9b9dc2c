package org.anlan.risk;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.anlan.directory.AssignResponsibility;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 隐患点与危险区: the danger zones API, with their households (住户) and vulnerable people (重点人员).
 * Queries take an area and do not check the caller's scope (the caller does); commands check that
 * the current user may change the area and audit the change.
 */
@Service
@Validated
@Transactional
public class DangerZoneDesk {

  private final DangerZones zones;
  private final Households households;
  private final ZoneCommands commands;
  private final HouseholdCommands householdCommands;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final HouseholdImport importer;
  private final HouseholdExport exporter;
  private final ZoneDuties duties;

  DangerZoneDesk(DangerZones zones, Households households, ZoneCommands commands, HouseholdCommands householdCommands,
      AreaCatalogue areas, DirectoryDesk directory, HouseholdImport importer, HouseholdExport exporter, ZoneDuties duties) {
    this.zones = zones;
    this.households = households;
    this.commands = commands;
    this.householdCommands = householdCommands;
    this.areas = areas;
    this.directory = directory;
    this.importer = importer;
    this.exporter = exporter;
    this.duties = duties;
  }

  /** Zones whose area lies within {@code within}, with their counts; {@code kind} narrows when given. */
  @Transactional(readOnly = true)
  public List<DangerZoneSummary> zones(AreaCode within, ZoneKind kind) {
    List<DangerZone> found = zones.findByAreaCodeInOrderByAreaCodeAscCodeAsc(codesWithin(within)).stream()
        .filter(z -> kind == null || z.kind == kind).toList();
    Map<Long, Households.Counts> counts = households.counts(found.stream().map(z -> z.id).toList());
    return found.stream().map(z -> z.summary(counts.getOrDefault(z.id, Households.Counts.NONE))).toList();
  }

  /** The zone, or 404 {@code risk.zone-not-found}. */
  @Transactional(readOnly = true)
  public DangerZoneSummary zone(long id) {
    return commands.summary(commands.load(id));
  }

  /**
   * The zone with its households, vulnerable people and helpers, and who answers for it: its own 六落实
   * people first, then the 网格员 and 村社书记 of its area (fallback).
   */
  @Transactional(readOnly = true)
  public DangerZoneDetail detail(long id) {
    DangerZoneSummary zone = zone(id);
    Map<Long, Optional<PersonSummary>> helpers = new HashMap<>();
    List<HouseholdView> list = households.ofZone(id).entrySet().stream().map(e -> {
      Households.Row r = e.getKey();
      return new HouseholdView(r.id(), r.zoneId(), r.headName(), r.members(), r.phone(), r.address(), r.note(),
          e.getValue().stream().map(v -> view(v, helpers)).toList());
    }).toList();
    return new DangerZoneDetail(zone, list, duties.of(id));
  }

  /** Who answers for the zone: its own 六落实 assignments (by role), then the area's fallback people. 404 for an unknown zone. */
  @Transactional(readOnly = true)
  public List<ZoneResponsible> responsible(long zoneId) {
    return duties.of(zoneId);
  }

  /**
   * Assigns a person to the zone in a 六落实 role (directory target DANGER_ZONE): 404 {@code risk.zone-not-found},
   * 403 when the caller may not change the zone's area, 422 {@code directory.role-unknown} /
   * {@code directory.role-not-for-target} / {@code directory.person-unknown}, 409 {@code directory.assignment-duplicate}.
   * Audited by the directory, which publishes {@code ResponsibilityAssigned}.
   */
  public ZoneResponsible assignResponsible(long zoneId, @Valid AssignResponsibility command) {
    return duties.assign(zoneId, command);
  }

  /** Changes one of the zone's assignments (person, deputy, validity; send its version). */
  public ZoneResponsible changeResponsible(long zoneId, long assignmentId, @Valid AssignResponsibility command) {
    return duties.change(zoneId, assignmentId, command);
  }

  /** Removes one of the zone's assignments (404 {@code directory.assignment-not-found} when it is another's). */
  public void removeResponsible(long zoneId, long assignmentId) {
    duties.remove(zoneId, assignmentId);
  }

  /** The vulnerable people of zones within {@code within}; only those without a helper when {@code unpairedOnly}. */
  @Transactional(readOnly = true)
  public List<VulnerablePersonView> vulnerablePeople(AreaCode within, boolean unpairedOnly) {
    Map<Long, Optional<PersonSummary>> helpers = new HashMap<>();
    return households.vulnerableIn(codesWithin(within), unpairedOnly).stream().map(v -> view(v, helpers)).toList();
  }

  public DangerZoneSummary create(@Valid SaveDangerZone command) {
    return commands.create(command);
  }

  public DangerZoneSummary update(long id, @Valid SaveDangerZone command) {
    return commands.update(id, command);
  }

  public void delete(long id) {
    commands.delete(id);
  }

  /** Adds a household to zone {@code zoneId}; answers its id. */
  public long addHousehold(long zoneId, @Valid SaveHousehold command) {
    return householdCommands.create(zoneId, command);
  }

  public void changeHousehold(long zoneId, long id, @Valid SaveHousehold command) {
    householdCommands.update(zoneId, id, command);
  }

  public void removeHousehold(long zoneId, long id) {
    householdCommands.delete(zoneId, id);
  }

  /** Pairs a vulnerable person with a one-to-one helper (null: unpairs). */
  public void pairHelper(long vulnerableId, Long helperPersonId) {
    householdCommands.pair(vulnerableId, helperPersonId);
  }

  /** The households workbook of one zone ({@code zoneId} given) or of all zones within {@code within}. */
  @Transactional(readOnly = true)
  public byte[] exportHouseholds(AreaCode within, Long zoneId) {
    if (zoneId != null) {
      return exporter.export(List.of(commands.load(zoneId).id));
    }
    return exporter.export(zones.findByAreaCodeInOrderByAreaCodeAscCodeAsc(codesWithin(within)).stream().map(z -> z.id).toList());
  }

  /** An empty households workbook with one example row. */
  public byte[] householdsTemplate() {
    return exporter.template();
  }

  /**
   * Imports a households workbook, all or nothing; with {@code zoneId} every row must name that zone.
   * 422 {@code risk.import-*} with per-row errors; 403 when a zone lies outside what the caller may change.
   */
  public HouseholdImportResult importHouseholds(java.io.InputStream workbook, Long zoneId) {
    if (zoneId != null) {
      commands.load(zoneId);
    }
    return importer.run(workbook, zoneId);
  }

  private VulnerablePersonView view(Households.Vulnerable v, Map<Long, Optional<PersonSummary>> helpers) {
    Optional<PersonSummary> helper = v.helperPersonId() == null ? Optional.empty()
        : helpers.computeIfAbsent(v.helperPersonId(), directory::findPerson);
    return new VulnerablePersonView(v.id(), v.householdId(), v.zoneId(), v.zoneName(), v.areaCode(), v.name(), v.kind(),
        v.helperPersonId(), helper.map(PersonSummary::name).orElse(null), helper.map(PersonSummary::mobile).orElse(null), v.note());
  }

  private List<String> codesWithin(AreaCode within) {
    return areas.subtree(within).stream().map(Area::code).map(AreaCode::value).toList();
  }
}
