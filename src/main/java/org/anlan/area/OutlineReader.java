package org.anlan.area;

import java.util.ArrayList;
import java.util.List;
import org.anlan.shared.GeoShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the (Multi)Polygon of the first feature of a GeoJSON FeatureCollection into JTS. */
final class OutlineReader {

  private OutlineReader() {}

  static Geometry read(String geoJson) {
    JsonNode root = JsonMapper.builder().build().readTree(geoJson);
    JsonNode geometry = root.has("features") ? root.get("features").get(0).get("geometry") : root.has("geometry") ? root.get("geometry") : root;
    String type = geometry.get("type").asString();
    JsonNode coords = geometry.get("coordinates");
    List<Polygon> polygons = new ArrayList<>();
    switch (type) {
      case "Polygon" -> polygons.add(polygon(coords));
      case "MultiPolygon" -> coords.forEach(p -> polygons.add(polygon(p)));
      default -> throw new IllegalArgumentException("outline must be a Polygon or MultiPolygon, not " + type);
    }
    Geometry result = GeoShape.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    return result.isValid() ? result : result.buffer(0);
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return GeoShape.FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode points) {
    Coordinate[] coordinates = new Coordinate[points.size()];
    for (int i = 0; i < points.size(); i++) {
      coordinates[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return GeoShape.FACTORY.createLinearRing(coordinates);
  }
}
