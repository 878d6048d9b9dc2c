package org.anlan.area;

import java.util.List;
import org.anlan.area.AreaCatalogue.Boundary;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.GeoShape;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the divisions and boundaries. */
@Repository
class AreaStore {

  private final JdbcClient jdbc;

  AreaStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count() {
    return jdbc.sql("select count(*) from area_division").query(Long.class).single();
  }

  List<Area> findAll() {
    return jdbc.sql("select code, name, level, parent_code, lon, lat, centre_source from area_division")
        .query((rs, n) -> {
          double lon = rs.getDouble("lon");
          boolean hasCentre = !rs.wasNull();
          double lat = rs.getDouble("lat");
          String parent = rs.getString("parent_code");
          String source = rs.getString("centre_source");
          return new Area(new AreaCode(rs.getString("code")), rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
              parent == null ? null : new AreaCode(parent), hasCentre ? new GeoPoint(lon, lat) : null,
              source == null ? null : LocationSource.valueOf(source));
        })
        .list();
  }

  List<Boundary> findBoundaries() {
    return jdbc.sql("select code, source, wkt from area_boundary")
        .query((rs, n) -> new Boundary(new AreaCode(rs.getString("code")), GeoShape.fromWkt(rs.getString("wkt")),
            LocationSource.valueOf(rs.getString("source"))))
        .list();
  }

  void insert(Area area) {
    jdbc.sql("insert into area_division (code, name, level, parent_code, lon, lat, centre_source) values (?, ?, ?, ?, ?, ?, ?)")
        .params(area.code().value(), area.name(), area.level().name(), area.parent() == null ? null : area.parent().value(),
            area.centre() == null ? null : area.centre().lon(), area.centre() == null ? null : area.centre().lat(),
            area.centreSource() == null ? null : area.centreSource().name())
        .update();
  }

  void insert(Boundary boundary) {
    jdbc.sql("insert into area_boundary (code, source, wkt) values (?, ?, ?)")
        .params(boundary.code().value(), boundary.source().name(), boundary.shape().toWkt())
        .update();
  }
}
