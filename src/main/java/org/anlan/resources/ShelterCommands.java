package org.anlan.resources;

import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;

/** Creates, changes and deletes shelters inside the caller's jurisdiction, audited, keeping the index current. */
@Component
class ShelterCommands {

  static final String AUDIT_TYPE = "resources.shelter";

  private final Shelters shelters;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final NearestResources nearest;
  private final AuditLog audit;

  ShelterCommands(Shelters shelters, Jurisdiction jurisdiction, AreaCatalogue areas, DirectoryDesk directory,
      NearestResources nearest, AuditLog audit) {
    this.shelters = shelters;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.directory = directory;
    this.nearest = nearest;
    this.audit = audit;
  }

  ShelterSummary create(SaveShelter command) {
    check(command);
    Shelter shelter = new Shelter();
    shelter.apply(command);
    shelter.version = null;
    Shelter saved = shelters.save(shelter);
    ShelterSummary after = saved.summary();
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), after.areaCode(), "create", null, after);
    nearest.shelterSaved(saved.spot());
    return after;
  }

  ShelterSummary update(long id, SaveShelter command) {
    Shelter shelter = load(id);
    jurisdiction.requireChangeable(AreaCode.of(shelter.areaCode));
    check(command);
    ShelterSummary before = shelter.summary();
    shelter.apply(command);
    Shelter saved = shelters.save(shelter);
    ShelterSummary after = saved.summary();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    nearest.shelterSaved(saved.spot());
    return after;
  }

  void delete(long id) {
    Shelter shelter = load(id);
    jurisdiction.requireChangeable(AreaCode.of(shelter.areaCode));
    ShelterSummary before = shelter.summary();
    shelters.delete(shelter);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
    nearest.shelterDeleted(id);
  }

  Shelter load(long id) {
    return shelters.findById(id).orElseThrow(() -> new NotFoundException("resources.shelter-not-found", id));
  }

  private void check(SaveShelter command) {
    Area area = jurisdiction.requireChangeable(AreaCode.of(command.areaCode()));
    if (area.level() == AreaLevel.DISTRICT) {
      throw new RuleViolatedException("resources.area-level", area.code().value());
    }
    GeoPoint point = new GeoPoint(command.lon(), command.lat());
    areas.boundary(areas.root().code()).filter(outline -> !outline.shape().contains(point)).ifPresent(outline -> {
      throw new RuleViolatedException("resources.location-outside", point.lon(), point.lat());
    });
    if (command.managerPersonId() != null && directory.findPerson(command.managerPersonId()).isEmpty()) {
      throw new RuleViolatedException("resources.manager-unknown", command.managerPersonId());
    }
  }
}
