package org.anlan.shared;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/** A WGS-84/CGCS2000 longitude/latitude point in degrees. */
public record GeoPoint(double lon, double lat) {

  private static final double EARTH_RADIUS_M = 6_371_008.8;
  private static final double METRES_PER_DEGREE = 111_320;

  public GeoPoint {
    if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new RuleViolatedException("geo.point-invalid", lon, lat);
    }
  }

  public Point toJts() {
    return GeoShape.FACTORY.createPoint(new Coordinate(lon, lat));
  }

  /**
   * The point {@code metres} away in direction {@code bearing} (radians clockwise from north), on a
   * local flat approximation — good to a few metres over the tens of kilometres of a district.
   */
  public GeoPoint offset(double metres, double bearing) {
    return new GeoPoint(lon + metres * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat))),
        lat + metres * Math.cos(bearing) / METRES_PER_DEGREE);
  }

  /** Great-circle (haversine) distance in metres. */
  public double distanceMetres(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
