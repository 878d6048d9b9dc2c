package org.anlan.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.AreaCatalogue.Boundary;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.GeoShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Fills the gaps of the published data with honest, labelled estimates:
 * <ul>
 *   <li>a town without a published centre gets the district seat point, marked {@link
 *       LocationSource#ESTIMATED} (in 潼南区 the two such streets, 梓潼 and 大佛, are urban streets of
 *       the district seat);
 *   <li>each town with a published centre gets an approximate area: its Voronoi cell among the town
 *       centres, clipped to the district outline, marked ESTIMATED (no public town boundaries exist);
 *   <li>villages, which have no published coordinates, get {@link LocationSource#SCHEMATIC}
 *       positions on a sunflower spiral inside their town's approximate area, for display only.
 * </ul>
 */
final class Placement {

  private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  /** Radius, in degrees of latitude, of the schematic village disc of a town without an area (~1.5 km). */
  private static final double FALLBACK_RADIUS = 0.0135;

  private final List<Area> areas = new ArrayList<>();
  private final List<Boundary> townAreas = new ArrayList<>();
  private final Area root;

  Placement(List<Area> published, Geometry outline) {
    this.root = published.stream().filter(a -> a.level() == AreaLevel.DISTRICT).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the divisions have no district row"));
    GeoPoint seat = root.centre() != null ? root.centre() : new GeoShape(outline).representativePoint();
    Map<String, Area> towns = new HashMap<>();
    for (Area a : published) {
      if (a.level() == AreaLevel.TOWN && a.centre() == null) {
        a = new Area(a.code(), a.name(), a.level(), a.parent(), seat, LocationSource.ESTIMATED);
      }
      if (a.level() == AreaLevel.DISTRICT && a.centre() == null) {
        a = new Area(a.code(), a.name(), a.level(), a.parent(), seat, LocationSource.ESTIMATED);
      }
      if (a.level() == AreaLevel.TOWN) {
        towns.put(a.code().value(), a);
      }
      if (a.level() != AreaLevel.VILLAGE) {
        areas.add(a);
      }
    }
    Map<String, Geometry> cells = voronoi(towns.values().stream().filter(t -> t.centreSource() == LocationSource.SOURCE).toList(), outline);
    cells.forEach((code, cell) -> townAreas.add(new Boundary(towns.get(code).code(), new GeoShape(cell), LocationSource.ESTIMATED)));
    Map<String, List<Area>> villagesByTown = new HashMap<>();
    published.stream().filter(a -> a.level() == AreaLevel.VILLAGE)
        .forEach(v -> villagesByTown.computeIfAbsent(v.parent().value(), k -> new ArrayList<>()).add(v));
    villagesByTown.forEach((townCode, villages) -> {
      Area town = towns.get(townCode);
      Geometry region = cells.containsKey(townCode) ? cells.get(townCode)
          : town.centre().toJts().buffer(FALLBACK_RADIUS).intersection(outline);
      place(villages, town.centre(), region);
    });
  }

  List<Area> areas() {
    return areas;
  }

  List<Boundary> townAreas() {
    return townAreas;
  }

  Area root() {
    return root;
  }

  private void place(List<Area> villages, GeoPoint centre, Geometry region) {
    double radius = Math.sqrt(region.getArea() / Math.PI) * 0.75;
    double lonScale = 1 / Math.cos(Math.toRadians(centre.lat()));
    for (int i = 0; i < villages.size(); i++) {
      Area v = villages.get(i);
      double r = radius * Math.sqrt((i + 0.5) / villages.size());
      double theta = i * GOLDEN_ANGLE;
      GeoPoint p = centre;
      for (double shrink = 1; shrink > 0.05; shrink *= 0.8) {
        GeoPoint candidate = new GeoPoint(centre.lon() + r * shrink * Math.cos(theta) * lonScale, centre.lat() + r * shrink * Math.sin(theta));
        if (region.covers(candidate.toJts())) {
          p = candidate;
          break;
        }
      }
      areas.add(new Area(v.code(), v.name(), v.level(), v.parent(), p, LocationSource.SCHEMATIC));
    }
  }

  private static Map<String, Geometry> voronoi(List<Area> towns, Geometry outline) {
    Map<String, Geometry> cells = new HashMap<>();
    if (towns.size() < 2) {
      return cells;
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(towns.stream().map(t -> new Coordinate(t.centre().lon(), t.centre().lat())).toList());
    Envelope clip = new Envelope(outline.getEnvelopeInternal());
    clip.expandBy(0.1);
    builder.setClipEnvelope(clip);
    Geometry diagram = builder.getDiagram(GeoShape.FACTORY);
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      Coordinate site = (Coordinate) cell.getUserData();
      Area town = towns.stream().filter(t -> t.centre().lon() == site.x && t.centre().lat() == site.y).findFirst().orElseThrow();
      Geometry clipped = cell.intersection(outline);
      if (!clipped.isEmpty()) {
        clipped.setSRID(4326);
        cells.put(town.code().value(), clipped);
      }
    }
    return cells;
  }
}
