package org.anlan.resources;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.risk.DangerZoneDesk;
import org.anlan.risk.DangerZoneSummary;
import org.anlan.shared.GeoPoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What can reach it": the nearest usable shelters to a danger zone. Lives here, not in risk, because
 * resources may ask risk (it lies below it in the house plan) but risk may not ask resources.
 */
@RestController
class ZoneShelterController {

  private final DangerZoneDesk zones;
  private final NearestResources nearest;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;

  ZoneShelterController(DangerZoneDesk zones, NearestResources nearest, Jurisdiction jurisdiction, AreaCatalogue areas) {
    this.zones = zones;
    this.nearest = nearest;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
  }

  /** Shelters anywhere in the district count: people may cross a town line to reach safety. */
  @Operation(summary = "就近避难场所 The k nearest usable shelters (at least one free place) to a danger zone's centroid")
  @GetMapping("/api/v1/danger-zones/{id}/nearest-shelters")
  List<Nearby> nearestShelters(@PathVariable long id, @RequestParam(defaultValue = "5") int k) {
    DangerZoneSummary zone = zones.zone(id);
    jurisdiction.requireVisible(zone.areaCode());
    return nearest.nearest(new GeoPoint(zone.lon(), zone.lat()), ResourceKind.SHELTER, k, 1, areas.root().code());
  }
}
