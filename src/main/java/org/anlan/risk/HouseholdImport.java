package org.anlan.risk;

import org.anlan.platform.ImportRejectedException;
import org.anlan.platform.ImportRejectedException.RejectedRow;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.platform.AuditLog;
import org.anlan.platform.ImportProgress;
import org.anlan.platform.ImportProgressRegistry;
import org.anlan.shared.AreaCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports the households workbook, all or nothing: every row is checked first (per-row errors, 422
 * {@code risk.import-rows}), then households are created or, when zone code + head name + phone is
 * already there, updated with their vulnerable people replaced, in batches. One audit line per import.
 * Reports its progress (rows read, rows checked, households written) to the request's {@link ImportProgress}.
 */
@Component
class HouseholdImport {

  /** A zone as the import sees it. */
  record Zone(long id, String code, String areaCode) {}

  /** A household collected from one or more rows. */
  record Household(Zone zone, SaveHousehold save, int row) {
    String key() {
      return zone.id() + "|" + save.headName() + "|" + save.phone();
    }
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final HouseholdBatches batches;
  private final Jurisdiction jurisdiction;
  private final DirectoryDesk directory;
  private final AuditLog audit;
  private final ImportProgressRegistry progresses;
  private final int helperLimit;

  HouseholdImport(NamedParameterJdbcTemplate jdbc, HouseholdBatches batches, Jurisdiction jurisdiction, DirectoryDesk directory,
      AuditLog audit, ImportProgressRegistry progresses, @Value("${anlan.risk.zones.helper-limit:3}") int helperLimit) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.jurisdiction = jurisdiction;
    this.directory = directory;
    this.audit = audit;
    this.progresses = progresses;
    this.helperLimit = helperLimit;
  }

  HouseholdImportResult run(InputStream in, Long onlyZone) {
    long started = System.nanoTime();
    ImportProgress progress = progresses.current();
    List<HouseholdSheet.Line> lines = HouseholdSheet.read(in, progress);
    Map<String, Zone> zones = new HashMap<>();
    jdbc.query("select id, code, area_code from risk_zone", rs -> {
      zones.put(rs.getString("code"), new Zone(rs.getLong("id"), rs.getString("code"), rs.getString("area_code")));
    });
    HouseholdRows check = new HouseholdRows(zones, onlyZone, this::helperKnown);
    progress.phase(ImportProgress.Phase.CHECKING, lines.size());
    for (HouseholdSheet.Line line : lines) {
      check.add(line);
      progress.advance(1);
    }
    Map<String, Household> households = check.households();
    households.values().stream().map(h -> h.zone().areaCode()).distinct().forEach(a -> jurisdiction.requireChangeable(AreaCode.of(a)));
    Map<String, Long> existing = batches.existing(households.values().stream().map(h -> h.zone().id()).distinct().toList());
    check.helperLimit(households, batches.helpedOutside(check.helpers(), existing, households), helperLimit);
    if (!check.errors().isEmpty()) {
      throw new ImportRejectedException("risk.import-rows", check.errors().stream()
          .map(r -> RejectedRow.keyed(null, r.row(), r.column(), r.code(), "risk.row." + r.code(), r.args().toArray())).toList(),
          Map.of(), check.errors().size());
    }
    List<Household> toCreate = new ArrayList<>();
    Map<Long, Household> toUpdate = new LinkedHashMap<>();
    households.values().forEach(h -> {
      Long id = existing.get(h.key());
      if (id == null) {
        toCreate.add(h);
      } else {
        toUpdate.put(id, h);
      }
    });
    int vulnerable = batches.write(toCreate, toUpdate, progress);
    double seconds = (System.nanoTime() - started) / 1e9;
    HouseholdImportResult result = new HouseholdImportResult(toCreate.size(), toUpdate.size(), vulnerable, seconds);
    String auditArea = onlyZone != null && !households.isEmpty() ? households.values().iterator().next().zone().areaCode()
        : jurisdiction.scope().code().value();
    audit.record(HouseholdCommands.AUDIT_TYPE, onlyZone == null ? "import" : "import:" + onlyZone, auditArea, "import", null,
        Map.of("created", result.created(), "updated", result.updated(), "vulnerable", vulnerable));
    return result;
  }

  private boolean helperKnown(long personId) {
    return directory.findPerson(personId).isPresent();
  }
}
