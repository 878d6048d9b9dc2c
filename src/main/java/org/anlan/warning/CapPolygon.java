package org.anlan.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.anlan.shared.RuleViolatedException;

/** A drawn warning area in CAP form: WGS-84 {@code lat,lon} pairs separated by spaces, a closed ring of at least 4 pairs. */
final class CapPolygon {

  private CapPolygon() {}

  /** From [lon, lat] pairs; closes an open ring; 422 {@code warning.polygon-invalid} unless 3+ distinct valid points. */
  static String fromLonLat(List<List<Double>> points) {
    if (points.isEmpty()) {
      return null;
    }
    List<List<Double>> ring = new ArrayList<>(points);
    for (List<Double> p : ring) {
      if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null
          || Math.abs(p.get(0)) > 180 || Math.abs(p.get(1)) > 90) {
        throw new RuleViolatedException("warning.polygon-invalid", String.valueOf(p));
      }
    }
    if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
      ring.add(ring.get(0));
    }
    if (ring.stream().distinct().count() < 3) {
      throw new RuleViolatedException("warning.polygon-invalid", ring.size() + " points");
    }
    return ring.stream().map(p -> format(p.get(1)) + "," + format(p.get(0))).collect(Collectors.joining(" "));
  }

  /** Back to [lon, lat] pairs. */
  static List<List<Double>> toLonLat(String cap) {
    if (cap == null || cap.isBlank()) {
      return List.of();
    }
    List<List<Double>> out = new ArrayList<>();
    for (String pair : cap.trim().split("\\s+")) {
      String[] latLon = pair.split(",");
      out.add(List.of(Double.parseDouble(latLon[1]), Double.parseDouble(latLon[0])));
    }
    return out;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
