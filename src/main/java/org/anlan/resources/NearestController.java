package org.anlan.resources;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 就近调用 nearest available resources around a point, within the caller's jurisdiction. */
@RestController
class NearestController {

  private final NearestResources nearest;
  private final Jurisdiction jurisdiction;

  NearestController(NearestResources nearest, Jurisdiction jurisdiction) {
    this.nearest = nearest;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "就近调用 The k (1–50) nearest available resources around lon/lat, with the straight-line distance in "
      + "metres: shelters with minFree places, teams on standby (?skill=), warehouses holding ?item= (at least minQty); "
      + "?area= narrows within the caller's scope")
  @GetMapping("/api/v1/nearest")
  List<Nearby> nearest(@RequestParam double lon, @RequestParam double lat,
      @RequestParam(defaultValue = "shelter") String kind, @RequestParam(defaultValue = "5") int k,
      @RequestParam(defaultValue = "1") int minFree, @RequestParam(required = false) String skill,
      @RequestParam(required = false) String item, @RequestParam(defaultValue = "1") long minQty,
      @RequestParam(required = false) String area) {
    GeoPoint at = new GeoPoint(lon, lat);
    AreaCode within = jurisdiction.listRoot(area).code();
    return switch (kind(kind)) {
      case SHELTER -> nearest.nearest(at, ResourceKind.SHELTER, k, minFree, within);
      case TEAM -> nearest.nearestTeams(at, k, skill, within);
      case WAREHOUSE -> nearest.nearestWarehouses(at, k, item, minQty, within);
    };
  }

  private static ResourceKind kind(String value) {
    return Arrays.stream(ResourceKind.values()).filter(k -> k.name().equalsIgnoreCase(value.trim())).findFirst()
        .orElseThrow(() -> new RuleViolatedException("resources.kind-unknown", value.toLowerCase(Locale.ROOT)));
  }
}
