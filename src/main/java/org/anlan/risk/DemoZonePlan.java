package org.anlan.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.anlan.area.Area;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.GeoShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Makes up the synthetic danger zones, households and vulnerable people of the demo (fixed seed). */
class DemoZonePlan {

  static final String SYNTHETIC = "演示数据（虚构）synthetic demo data";
  static final int ZONES = 60;
  static final int UNPAIRED_EVERY = 10;
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢";
  private static final String GIVEN = "明华国建平志伟芳秀英兰丽强军云春海红玉德文福贵成生永清全兴顺才山";
  private static final ZoneKind[] KINDS = ZoneKind.values();
  private static final VulnerableKind[] VULNERABLE = {VulnerableKind.ELDERLY_ALONE, VulnerableKind.ELDERLY_ALONE,
      VulnerableKind.DISABLED, VulnerableKind.BEDRIDDEN, VulnerableKind.PREGNANT, VulnerableKind.CHILD_ALONE};

  final List<MapSqlParameterSource> zones = new ArrayList<>();
  final List<MapSqlParameterSource> households = new ArrayList<>();
  final List<MapSqlParameterSource> vulnerable = new ArrayList<>();

  private final Random random;
  private final PreparedGeometry outline;
  private final List<Area> towns;
  private final Function<AreaCode, List<Area>> children;
  private final Function<String, List<Long>> peopleIn;
  private final int helperLimit;
  private final Map<Long, Integer> helped = new HashMap<>();
  private int phone;

  DemoZonePlan(Random random, PreparedGeometry outline, List<Area> towns, Function<AreaCode, List<Area>> children,
      Function<String, List<Long>> peopleIn, int helperLimit) {
    this.random = random;
    this.outline = outline;
    this.towns = towns;
    this.children = children;
    this.peopleIn = peopleIn;
    this.helperLimit = helperLimit;
  }

  void make() {
    for (int i = 0; i < ZONES && !towns.isEmpty(); i++) {
      Area town = towns.get(i % towns.size());
      List<Area> villages = children.apply(town.code());
      Area area = villages.isEmpty() ? town : villages.get(random.nextInt(villages.size()));
      ZoneKind kind = KINDS[random.nextInt(KINDS.length - 1)];
      Geometry shape = shape(town.centre(), kind == ZoneKind.FLASH_FLOOD_ZONE || kind == ZoneKind.LANDSLIDE || random.nextInt(3) == 0);
      String code = "DZ-" + area.code().value().substring(6, 9) + "-" + String.format("%03d", i + 1);
      var centroid = shape.getCentroid().getCoordinate();
      zones.add(new MapSqlParameterSource().addValue("code", code)
          .addValue("name", area.shortName() + kind.zh() + (i + 1) + "号（演示）").addValue("kind", kind.name())
          .addValue("wkt", shape.toText()).addValue("lon", centroid.x).addValue("lat", centroid.y)
          .addValue("area", area.code().value()).addValue("property", (double) (50 + random.nextInt(800)))
          .addValue("note", SYNTHETIC));
      households(code, area, town);
    }
  }

  private void households(String zoneCode, Area area, Area town) {
    int count = 10 + random.nextInt(81);
    for (int h = 0; h < count; h++) {
      String mobile = String.format("1990001%04d", phone++);
      households.add(new MapSqlParameterSource().addValue("zoneCode", zoneCode).addValue("head", name())
          .addValue("members", 1 + random.nextInt(6)).addValue("phone", mobile)
          .addValue("address", area.shortName() + (h + 1) + "号（虚构地址）").addValue("note", "（演示）" + SYNTHETIC));
      if (random.nextInt(20) == 0) {
        vulnerable.add(new MapSqlParameterSource().addValue("phone", mobile).addValue("name", name())
            .addValue("kind", VULNERABLE[random.nextInt(VULNERABLE.length)].name())
            .addValue("helper", helper(area, town)).addValue("note", "（演示）"));
      }
    }
  }

  /** A directory person of the village, else of the town, with room to help one more; null on purpose every tenth time. */
  private Long helper(Area area, Area town) {
    if ((vulnerable.size() + 1) % UNPAIRED_EVERY == 0) {
      return null;
    }
    for (String where : List.of(area.code().value(), town.code().value())) {
      for (Long person : peopleIn.apply(where)) {
        if (helped.getOrDefault(person, 0) < helperLimit) {
          helped.merge(person, 1, Integer::sum);
          return person;
        }
      }
    }
    return null;
  }

  private String name() {
    return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
        + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
  }

  /** A point, or a hexagon of 100–300 m radius, 300 m to 3 km from {@code centre} and inside the outline. */
  private Geometry shape(GeoPoint centre, boolean polygon) {
    for (int i = 0; i < 30; i++) {
      GeoPoint at = centre.offset(300 + random.nextDouble() * 2700, random.nextDouble() * 2 * Math.PI);
      Geometry g = polygon ? hexagon(at, 100 + random.nextDouble() * 200) : at.toJts();
      if (outline == null || outline.covers(g)) {
        return g;
      }
    }
    return centre.toJts();
  }

  private Geometry hexagon(GeoPoint at, double radius) {
    Coordinate[] ring = new Coordinate[7];
    double turn = random.nextDouble();
    for (int k = 0; k < 6; k++) {
      GeoPoint p = at.offset(radius * (0.7 + 0.3 * random.nextDouble()), (k + turn) * Math.PI / 3);
      ring[k] = new Coordinate(round(p.lon()), round(p.lat()));
    }
    ring[6] = ring[0];
    return GeoShape.FACTORY.createPolygon(ring);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
