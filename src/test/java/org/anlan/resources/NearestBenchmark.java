package org.anlan.resources;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.GeoShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark of nearest-available (not a test): 100,000 synthetic shelters inside the real district
 * outline (fixed seed), 10% of them full or closed; times building the index, 10,000 queries of k=5
 * (district-wide and scoped to one of 23 towns), single edits, and queries with a full overlay.
 * How to run it: docs/performance.md, section "Nearest available (resources)".
 */
public final class NearestBenchmark {

  static final int ITEMS = 100_000;
  static final int QUERIES = 10_000;
  static final int K = 5;

  public static void main(String[] args) throws Exception {
    PreparedGeometry outline = PreparedGeometryFactory.prepare(outline());
    Envelope box = outline.getGeometry().getEnvelopeInternal();
    Random random = new Random(20260602L);
    List<ShelterSpot> items = new ArrayList<>(ITEMS);
    for (long id = 0; id < ITEMS; id++) {
      items.add(spot(random, outline, box, id));
    }
    System.out.printf(Locale.ROOT, "JVM %s, %d cores; %d items, %d queries of k=%d%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), ITEMS, QUERIES, K);
    double[] builds = new double[7];
    SpatialIndex<ShelterSpot> index = null;
    for (int i = 0; i < builds.length; i++) {
      long t = System.nanoTime();
      index = new SpatialIndex<>(box.centre().y, items);
      builds[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(builds);
    System.out.printf(Locale.ROOT, "build (bulk load of %d): median %.1f ms, min %.1f ms%n", ITEMS, builds[3], builds[0]);
    List<GeoPoint> points = new ArrayList<>();
    for (int i = 0; i < QUERIES * 3; i++) {
      points.add(point(random, outline, box));
    }
    Set<String> oneTown = Set.of(town(11));
    Predicate<ShelterSpot> available = s -> s.takes(1);
    Predicate<ShelterSpot> availableInTown = s -> s.takes(1) && oneTown.contains(s.areaCode());
    time("warm-up (discarded)", index, points, available, 3);
    time("district-wide, k=5", index, points.subList(0, QUERIES), available, 1);
    time("scoped to one town (~4% of items), k=5", index, points.subList(0, QUERIES), availableInTown, 1);
    edits(index, random, outline, box, items, points);
  }

  static void edits(SpatialIndex<ShelterSpot> index, Random random, PreparedGeometry outline, Envelope box,
      List<ShelterSpot> items, List<GeoPoint> points) {
    int n = 5 * SpatialIndex.REBUILD_AFTER;
    double[] put = new double[n];
    for (int i = 0; i < n; i++) {
      ShelterSpot moved = spot(random, outline, box, items.get(random.nextInt(ITEMS)).id());
      long t = System.nanoTime();
      index.put(moved);
      put[i] = (System.nanoTime() - t) / 1e6;
    }
    report("edit (move/fill one shelter; every " + SpatialIndex.REBUILD_AFTER + "th rebuilds the tree)", put);
    for (int i = 0; i < SpatialIndex.REBUILD_AFTER - 1; i++) {
      index.put(spot(random, outline, box, items.get(random.nextInt(ITEMS)).id()));
    }
    time("district-wide, k=5, with a near-full overlay of edits", index, points.subList(QUERIES, 2 * QUERIES), s -> s.takes(1), 1);
  }

  static void time(String label, SpatialIndex<ShelterSpot> index, List<GeoPoint> points, Predicate<ShelterSpot> filter, int rounds) {
    double[] ms = new double[points.size() * rounds];
    long sink = 0;
    for (int r = 0, j = 0; r < rounds; r++) {
      for (GeoPoint p : points) {
        long t = System.nanoTime();
        sink += index.nearest(p, K, filter).size();
        ms[j++] = (System.nanoTime() - t) / 1e6;
      }
    }
    if (sink != (long) ms.length * K) {
      throw new IllegalStateException("a query found fewer than k");
    }
    report(label, ms);
  }

  static void report(String label, double[] ms) {
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%-60s p50 %.3f ms  p99 %.3f ms  max %.3f ms  (n=%d)%n", label,
        ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1], ms.length);
  }

  static ShelterSpot spot(Random random, PreparedGeometry outline, Envelope box, long id) {
    boolean full = random.nextInt(10) == 0;
    return new ShelterSpot(id, "S" + id, ShelterType.TEMPORARY_SHELTER, full ? ShelterStatus.CLOSED : ShelterStatus.READY,
        full ? 0 : 1 + random.nextInt(200), town(random.nextInt(23)), point(random, outline, box));
  }

  static String town(int i) {
    return "500152" + (100 + i) + "000";
  }

  static GeoPoint point(Random random, PreparedGeometry outline, Envelope box) {
    while (true) {
      GeoPoint p = new GeoPoint(box.getMinX() + random.nextDouble() * box.getWidth(), box.getMinY() + random.nextDouble() * box.getHeight());
      if (outline.covers(p.toJts())) {
        return p;
      }
    }
  }

  /** The district outline (first feature of area/tongnan-district-wgs84.geojson), as one polygon or multipolygon. */
  static org.locationtech.jts.geom.Geometry outline() throws Exception {
    try (InputStream in = NearestBenchmark.class.getResourceAsStream("/area/tongnan-district-wgs84.geojson")) {
      JsonNode geometry = JsonMapper.builder().build().readTree(in).get("features").get(0).get("geometry");
      JsonNode polys = geometry.get("type").asString().equals("Polygon") ? JsonMapper.builder().build().createArrayNode().add(geometry.get("coordinates"))
          : geometry.get("coordinates");
      List<Polygon> result = new ArrayList<>();
      for (JsonNode poly : polys) {
        LinearRing shell = ring(poly.get(0));
        LinearRing[] holes = new LinearRing[poly.size() - 1];
        for (int i = 1; i < poly.size(); i++) {
          holes[i - 1] = ring(poly.get(i));
        }
        result.add(GeoShape.FACTORY.createPolygon(shell, holes));
      }
      return GeoShape.FACTORY.createMultiPolygon(result.toArray(Polygon[]::new));
    }
  }

  static LinearRing ring(JsonNode points) {
    Coordinate[] c = new Coordinate[points.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return GeoShape.FACTORY.createLinearRing(c);
  }
}
