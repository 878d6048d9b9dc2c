package org.anlan.area;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API of the administrative tree, limited to the caller's scope. */
@RestController
@RequestMapping("/api/v1/areas")
class AreaController {

  private final AreaCatalogue areas;
  private final Jurisdiction jurisdiction;

  AreaController(AreaCatalogue areas, Jurisdiction jurisdiction) {
    this.areas = areas;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "行政区划树 The tree below the caller's scope (or below ?root=), or a flat list with ?flat=true")
  @GetMapping
  Object tree(@RequestParam(required = false) String root, @RequestParam(defaultValue = "false") boolean flat,
      @RequestParam(required = false) AreaLevel level) {
    Area top = jurisdiction.listRoot(root);
    if (flat) {
      return areas.subtree(top.code()).stream().filter(a -> level == null || a.level() == level).map(AreaView::of).toList();
    }
    return node(top);
  }

  @Operation(summary = "一个行政区划 One area with its ancestors and children")
  @GetMapping("/{code}")
  AreaDetail one(@PathVariable String code) {
    Area area = jurisdiction.requireVisible(code);
    List<Area> subtree = areas.subtree(area.code());
    return new AreaDetail(AreaView.of(area),
        areas.ancestors(area.code()).stream().map(AreaView::of).toList(),
        areas.children(area.code()).stream().map(AreaView::of).toList(),
        subtree.stream().filter(a -> a.level() == AreaLevel.TOWN).count(),
        subtree.stream().filter(a -> a.level() == AreaLevel.VILLAGE).count());
  }

  @Operation(summary = "X 是否在 Y 辖区内 Is area X within area Y?")
  @GetMapping("/{code}/within/{outer}")
  Map<String, Object> within(@PathVariable String code, @PathVariable String outer) {
    Area inner = jurisdiction.requireVisible(code);
    Area container = areas.get(outer);
    return Map.of("area", inner.code().value(), "outer", container.code().value(), "within", areas.isWithin(inner.code(), container.code()));
  }

  @Operation(summary = "地图图层 GeoJSON of the caller's areas: outline, approximate town areas, centre points")
  @GetMapping(value = "/geojson", produces = {"application/geo+json", "application/json"})
  Map<String, Object> geojson(@RequestParam(required = false) String root) {
    Area top = jurisdiction.listRoot(root);
    List<Map<String, Object>> features = new ArrayList<>();
    for (Area a : areas.subtree(top.code())) {
      areas.boundary(a.code()).ifPresent(b -> features.add(feature(a, "boundary", b.source().name(), polygonJson(b.shape().geometry()))));
      if (a.centre() != null) {
        features.add(feature(a, "centre", a.centreSource().name(), Map.of("type", "Point", "coordinates", coords(a.centre()))));
      }
    }
    return Map.of("type", "FeatureCollection", "features", features);
  }

  private TreeNode node(Area area) {
    return new TreeNode(area.code().value(), area.name(), area.shortName(), area.level(), area.parent() == null ? null : area.parent().value(),
        area.centre(), area.centreSource(), areas.children(area.code()).stream().map(this::node).toList());
  }

  private static Map<String, Object> feature(Area a, String kind, String source, Map<String, Object> geometry) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("code", a.code().value());
    props.put("name", a.name());
    props.put("shortName", a.shortName());
    props.put("level", a.level().name());
    props.put("parent", a.parent() == null ? null : a.parent().value());
    props.put("kind", kind);
    props.put("source", source);
    return Map.of("type", "Feature", "properties", props, "geometry", geometry);
  }

  private static Map<String, Object> polygonJson(Geometry geometry) {
    List<Object> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Polygon p = (Polygon) geometry.getGeometryN(i);
      List<Object> rings = new ArrayList<>();
      rings.add(ring(p.getExteriorRing().getCoordinates()));
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        rings.add(ring(p.getInteriorRingN(h).getCoordinates()));
      }
      polygons.add(rings);
    }
    return Map.of("type", "MultiPolygon", "coordinates", polygons);
  }

  private static List<double[]> ring(Coordinate[] coordinates) {
    return java.util.Arrays.stream(coordinates).map(c -> new double[] {round(c.x), round(c.y)}).toList();
  }

  private static double[] coords(GeoPoint p) {
    return new double[] {round(p.lon()), round(p.lat())};
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** An area in the API. */
  record AreaView(String code, String name, String shortName, AreaLevel level, String parentCode, GeoPoint centre, LocationSource centreSource) {
    static AreaView of(Area a) {
      return new AreaView(a.code().value(), a.name(), a.shortName(), a.level(), a.parent() == null ? null : a.parent().value(), a.centre(), a.centreSource());
    }
  }

  record AreaDetail(AreaView area, List<AreaView> ancestors, List<AreaView> children, long towns, long villages) {}

  record TreeNode(String code, String name, String shortName, AreaLevel level, String parentCode, GeoPoint centre,
      LocationSource centreSource, List<TreeNode> children) {}

}
