package org.anlan.warning;

import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * The towns a drawn polygon reaches, for a warning that names no area codes: those whose boundary meets the polygon
 * widened by {@value #MARGIN_DEGREES}° (about 500 m). Town boundaries in 潼南区 are estimates (Voronoi areas around the
 * town centres, docs/decisions/0001), so the margin errs towards warning a neighbour too rather than missing a town at
 * the edge. Village positions are schematic, so the polygon chooses towns, not villages: the town's villages all get
 * it. A polygon that meets no town (drawn outside the district) gives none, and the warning goes district-wide.
 */
@Component
class PolygonTargets {

  static final double MARGIN_DEGREES = 0.005;

  private final AreaCatalogue areas;
  private final GeometryFactory geometry = new GeometryFactory();

  PolygonTargets(AreaCatalogue areas) {
    this.areas = areas;
  }

  /** The town codes the polygon ([lon, lat] pairs) reaches, in the catalogue's order; empty for no polygon. */
  List<String> towns(List<List<Double>> lonLat) {
    if (lonLat == null || lonLat.size() < 4) {
      return List.of();
    }
    Coordinate[] ring = lonLat.stream().map(p -> new Coordinate(p.get(0), p.get(1))).toArray(Coordinate[]::new);
    Geometry drawn = geometry.createPolygon(ring).buffer(MARGIN_DEGREES);
    return areas.atLevel(AreaLevel.TOWN).stream()
        .filter(t -> areas.boundary(t.code()).map(b -> b.shape().geometry().intersects(drawn)).orElse(false))
        .map(t -> t.code().value()).toList();
  }
}
