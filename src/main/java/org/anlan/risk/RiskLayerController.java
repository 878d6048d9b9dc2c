package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Jurisdiction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 一张图 layers of the risk module: GeoJSON FeatureCollections of points, limited to the caller's jurisdiction. */
@RestController
@RequestMapping(value = "/api/v1/risk/layers", produces = {"application/geo+json", "application/json"})
class RiskLayerController {

  private final EnterpriseDesk enterprises;
  private final BearingBodyDesk bodies;
  private final Jurisdiction jurisdiction;

  RiskLayerController(EnterpriseDesk enterprises, BearingBodyDesk bodies, Jurisdiction jurisdiction) {
    this.enterprises = enterprises;
    this.bodies = bodies;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "企业图层 Enterprises within ?area= as points with industry, colour and best hazard-source grade")
  @GetMapping("/enterprises.geojson")
  Map<String, Object> enterprises(@RequestParam(required = false) String area) {
    var root = jurisdiction.listRoot(area).code();
    Map<Long, String> grades = new java.util.HashMap<>();
    enterprises.hazardSources(root, null).forEach(s -> grades.merge(s.enterpriseId(), s.grade().code(),
        (a, b) -> a.compareTo(b) <= 0 ? a : b));
    return collection(enterprises.enterprises(root, null).stream().map(e -> feature(e.lon(), e.lat(),
        properties("enterprise", e.id(), e.name(), e.industry().name(), e.areaCode(),
            e.colour() == null ? null : e.colour().name(), grades.get(e.id())))).toList());
  }

  @Operation(summary = "承灾体图层 Hazard-bearing bodies within ?area= as points with kind and people")
  @GetMapping("/hazard-bearing-bodies.geojson")
  Map<String, Object> bodies(@RequestParam(required = false) String area) {
    return collection(bodies.bodies(jurisdiction.listRoot(area).code(), null).stream().map(b -> {
      Map<String, Object> p = properties("hazard-bearing-body", b.id(), b.name(), b.kind().name(), b.areaCode(), null, null);
      p.put("people", b.people());
      return feature(b.lon(), b.lat(), p);
    }).toList());
  }

  private static Map<String, Object> properties(String layer, long id, String name, String kind, String areaCode,
      String colour, String grade) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("layer", layer);
    p.put("id", id);
    p.put("name", name);
    p.put("kind", kind);
    p.put("areaCode", areaCode);
    p.put("colour", colour);
    p.put("grade", grade);
    return p;
  }

  private static Map<String, Object> feature(double lon, double lat, Map<String, Object> properties) {
    return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
        "properties", properties);
  }

  private static Map<String, Object> collection(List<Map<String, Object>> features) {
    return Map.of("type", "FeatureCollection", "features", features);
  }
}
