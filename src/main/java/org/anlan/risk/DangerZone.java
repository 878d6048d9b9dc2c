package org.anlan.risk;

import org.anlan.shared.GeoShape;
import org.anlan.shared.RuleViolatedException;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 隐患点/危险区: a danger zone, a point or a polygon, with the property it threatens. Households live in their own table. */
@Table("risk_zone")
class DangerZone {

  @Id Long id;
  @Version Long version;
  String code;
  String name;
  ZoneKind kind;
  String geometryWkt;
  double lon;
  double lat;
  String areaCode;
  double propertyWan;
  ZoneStatus status;
  String note;

  /** Takes the command's values; the shape must be a point or a polygon (else 422 {@code risk.zone-shape}). */
  void apply(SaveDangerZone c, GeoShape shape) {
    if (!(shape.geometry() instanceof Point) && !(shape.geometry() instanceof Polygon)) {
      throw new RuleViolatedException("risk.zone-shape", shape.geometry().getGeometryType());
    }
    var centroid = shape.geometry().getCentroid().getCoordinate();
    code = c.code().trim();
    name = c.name().trim();
    kind = c.kind();
    geometryWkt = shape.toWkt();
    lon = centroid.x;
    lat = centroid.y;
    areaCode = c.areaCode().trim();
    propertyWan = c.propertyWan() == null ? 0 : c.propertyWan();
    status = c.status();
    note = c.note() == null || c.note().isBlank() ? null : c.note().trim();
    if (c.version() != null) {
      version = c.version();
    }
  }

  DangerZoneSummary summary(Households.Counts counts) {
    return new DangerZoneSummary(id, code, name, kind, geometryWkt, lon, lat, areaCode, propertyWan, status, note,
        counts.households(), counts.people(), counts.vulnerable(), counts.unpaired(),
        ThreatLevel.of(counts.people(), propertyWan), version == null ? 0 : version);
  }
}
