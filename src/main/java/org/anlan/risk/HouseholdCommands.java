package org.anlan.risk;

import java.util.HashMap;
import java.util.Map;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Adds, changes and removes the households of a danger zone and pairs vulnerable people with their
 * helper (一对一帮扶): a helper is a directory person and helps at most {@code anlan.risk.zones.helper-limit}
 * (default 3) vulnerable people.
 */
@Component
class HouseholdCommands {

  static final String AUDIT_TYPE = "risk.household";

  private final Households households;
  private final ZoneCommands zones;
  private final Jurisdiction jurisdiction;
  private final DirectoryDesk directory;
  private final AuditLog audit;
  private final int helperLimit;

  HouseholdCommands(Households households, ZoneCommands zones, Jurisdiction jurisdiction, DirectoryDesk directory,
      AuditLog audit, @Value("${anlan.risk.zones.helper-limit:3}") int helperLimit) {
    this.households = households;
    this.zones = zones;
    this.jurisdiction = jurisdiction;
    this.directory = directory;
    this.audit = audit;
    this.helperLimit = helperLimit;
  }

  long create(long zoneId, SaveHousehold command) {
    DangerZone zone = changeable(zoneId);
    households.findByKey(zoneId, command.headName().trim(), command.phone()).ifPresent(id -> {
      throw new ConflictException("risk.household-duplicate", command.headName().trim(), command.phone());
    });
    checkHelpers(command, -1);
    long id = households.insert(zoneId, command);
    audit.record(AUDIT_TYPE, String.valueOf(id), zone.areaCode, "create", null, command);
    return id;
  }

  void update(long zoneId, long id, SaveHousehold command) {
    DangerZone zone = changeable(zoneId);
    Households.Row before = load(zoneId, id);
    households.findByKey(zoneId, command.headName().trim(), command.phone()).filter(other -> other != id).ifPresent(other -> {
      throw new ConflictException("risk.household-duplicate", command.headName().trim(), command.phone());
    });
    checkHelpers(command, id);
    households.update(id, command);
    audit.record(AUDIT_TYPE, String.valueOf(id), zone.areaCode, "update", before, command);
  }

  void delete(long zoneId, long id) {
    DangerZone zone = changeable(zoneId);
    Households.Row before = load(zoneId, id);
    households.delete(id);
    audit.record(AUDIT_TYPE, String.valueOf(id), zone.areaCode, "delete", before, null);
  }

  /** Pairs vulnerable person {@code id} with {@code helperPersonId} (null: unpairs). */
  void pair(long id, Long helperPersonId) {
    Households.Vulnerable v = households.vulnerable(id).orElseThrow(() -> new NotFoundException("risk.vulnerable-not-found", id));
    jurisdiction.requireChangeable(AreaCode.of(v.areaCode()));
    if (helperPersonId != null) {
      checkHelper(helperPersonId, 1 + households.helped(helperPersonId, v.householdId())
          + (int) households.ofHousehold(v.householdId()).stream()
              .filter(o -> o.id() != id && helperPersonId.equals(o.helperPersonId())).count());
    }
    households.pair(id, helperPersonId);
    audit.record("risk.vulnerable", String.valueOf(id), v.areaCode(), "pair", v.helperPersonId(), helperPersonId);
  }

  Households.Row load(long zoneId, long id) {
    return households.find(id).filter(r -> r.zoneId() == zoneId)
        .orElseThrow(() -> new NotFoundException("risk.household-not-found", id));
  }

  private DangerZone changeable(long zoneId) {
    DangerZone zone = zones.load(zoneId);
    jurisdiction.requireChangeable(AreaCode.of(zone.areaCode));
    return zone;
  }

  private void checkHelpers(SaveHousehold command, long householdId) {
    Map<Long, Integer> inThisHousehold = new HashMap<>();
    command.vulnerable().stream().filter(v -> v.helperPersonId() != null)
        .forEach(v -> inThisHousehold.merge(v.helperPersonId(), 1, Integer::sum));
    inThisHousehold.forEach((person, n) -> checkHelper(person, n + households.helped(person, householdId)));
  }

  private void checkHelper(long personId, int wouldHelp) {
    if (directory.findPerson(personId).isEmpty()) {
      throw new RuleViolatedException("risk.helper-unknown", personId);
    }
    if (wouldHelp > helperLimit) {
      throw new RuleViolatedException("risk.helper-full", personId, helperLimit);
    }
  }
}
