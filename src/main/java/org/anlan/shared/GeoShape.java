package org.anlan.shared;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A point, line or polygon in WGS-84 longitude/latitude, held as a JTS geometry (SRID 4326). */
public record GeoShape(Geometry geometry) {

  /** The one geometry factory: double precision, SRID 4326. */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  public GeoShape {
    if (geometry == null || geometry.isEmpty() || !geometry.isValid()) {
      throw new RuleViolatedException("geo.shape-invalid");
    }
  }

  public static GeoShape fromWkt(String wkt) {
    try {
      return new GeoShape(new WKTReader(FACTORY).read(wkt));
    } catch (ParseException | IllegalArgumentException e) {
      throw new RuleViolatedException("geo.shape-invalid");
    }
  }

  public String toWkt() {
    return geometry.toText();
  }

  public boolean contains(GeoPoint point) {
    return geometry.covers(point.toJts());
  }

  public GeoPoint representativePoint() {
    var c = geometry.getInteriorPoint().getCoordinate();
    return new GeoPoint(c.x, c.y);
  }
}
