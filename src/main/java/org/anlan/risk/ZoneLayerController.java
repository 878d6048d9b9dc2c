package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.GeoShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The danger zones as a GeoJSON map layer (一张图), limited to the caller's jurisdiction. */
@RestController
class ZoneLayerController {

  private final DangerZoneDesk desk;
  private final Jurisdiction jurisdiction;

  ZoneLayerController(DangerZoneDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "隐患点图层 Danger zones within ?area= as a GeoJSON FeatureCollection (points and polygons)")
  @GetMapping(value = "/api/v1/risk/layers/danger-zones.geojson", produces = {"application/geo+json", "application/json"})
  Map<String, Object> layer(@RequestParam(required = false) String area) {
    List<Object> features = new ArrayList<>();
    for (DangerZoneSummary z : desk.zones(jurisdiction.listRoot(area).code(), null)) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("id", z.id());
      properties.put("code", z.code());
      properties.put("name", z.name());
      properties.put("kind", z.kind());
      properties.put("areaCode", z.areaCode());
      properties.put("threatLevel", z.threatLevel());
      properties.put("households", z.households());
      properties.put("people", z.people());
      properties.put("vulnerable", z.vulnerable());
      properties.put("unpaired", z.unpaired());
      features.add(Map.of("type", "Feature", "geometry", geometry(GeoShape.fromWkt(z.geometryWkt()).geometry()),
          "properties", properties));
    }
    return Map.of("type", "FeatureCollection", "features", features);
  }

  static Map<String, Object> geometry(Geometry g) {
    if (g instanceof Polygon p) {
      List<Object> rings = new ArrayList<>();
      rings.add(ring(p.getExteriorRing().getCoordinates()));
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        rings.add(ring(p.getInteriorRingN(i).getCoordinates()));
      }
      return Map.of("type", "Polygon", "coordinates", rings);
    }
    Coordinate c = g.getCoordinate();
    return Map.of("type", "Point", "coordinates", List.of(c.x, c.y));
  }

  private static List<Object> ring(Coordinate[] coordinates) {
    List<Object> ring = new ArrayList<>();
    for (Coordinate c : coordinates) {
      ring.add(List.of(c.x, c.y));
    }
    return ring;
  }
}
