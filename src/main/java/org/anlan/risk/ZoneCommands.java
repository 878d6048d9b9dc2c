package org.anlan.risk;

import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.GeoShape;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;

/**
 * Creates, changes and deletes danger zones inside the caller's jurisdiction, audited. The zone's
 * 六落实 assignments (kept by the directory) follow it to another area and go with it.
 */
@Component
class ZoneCommands {

  static final String AUDIT_TYPE = "risk.zone";

  private final DangerZones zones;
  private final Households households;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final AuditLog audit;
  private final DirectoryDesk directory;

  ZoneCommands(DangerZones zones, Households households, Jurisdiction jurisdiction, AreaCatalogue areas, AuditLog audit,
      DirectoryDesk directory) {
    this.zones = zones;
    this.households = households;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.audit = audit;
    this.directory = directory;
  }

  DangerZoneSummary create(SaveDangerZone command) {
    GeoShape shape = check(command);
    zones.findByCode(command.code().trim()).ifPresent(z -> {
      throw new ConflictException("risk.zone-code-taken", z.code);
    });
    DangerZone zone = new DangerZone();
    zone.apply(command, shape);
    zone.version = null;
    DangerZone saved = zones.save(zone);
    DangerZoneSummary after = summary(saved);
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), saved.areaCode, "create", null, after);
    return after;
  }

  DangerZoneSummary update(long id, SaveDangerZone command) {
    DangerZone zone = load(id);
    jurisdiction.requireChangeable(AreaCode.of(zone.areaCode));
    GeoShape shape = check(command);
    zones.findByCode(command.code().trim()).filter(other -> !other.id.equals(zone.id)).ifPresent(z -> {
      throw new ConflictException("risk.zone-code-taken", z.code);
    });
    DangerZoneSummary before = summary(zone);
    zone.apply(command, shape);
    DangerZone saved = zones.save(zone);
    DangerZoneSummary after = summary(saved);
    audit.record(AUDIT_TYPE, String.valueOf(id), saved.areaCode, "update", before, after);
    if (!before.areaCode().equals(saved.areaCode)) {
      directory.targetMoved(ZoneDuties.target(saved));
    }
    return after;
  }

  void delete(long id) {
    DangerZone zone = load(id);
    jurisdiction.requireChangeable(AreaCode.of(zone.areaCode));
    DangerZoneSummary before = summary(zone);
    households.deleteOfZone(id);
    directory.unassignAll(ZoneDuties.target(zone));
    zones.delete(zone);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  DangerZone load(long id) {
    return zones.findById(id).orElseThrow(() -> new NotFoundException("risk.zone-not-found", id));
  }

  DangerZoneSummary summary(DangerZone zone) {
    return zone.summary(households.counts(java.util.List.of(zone.id)).getOrDefault(zone.id, Households.Counts.NONE));
  }

  private GeoShape check(SaveDangerZone command) {
    Area area = jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    if (area.level() == AreaLevel.DISTRICT) {
      throw new RuleViolatedException("risk.zone-area-level", area.code().value());
    }
    GeoShape shape = GeoShape.fromWkt(command.geometryWkt());
    areas.boundary(areas.root().code()).filter(outline -> !outline.shape().geometry().covers(shape.geometry()))
        .ifPresent(outline -> {
          throw new RuleViolatedException("risk.zone-outside");
        });
    return shape;
  }
}
