package org.anlan.resources;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.LocationSource;
import org.anlan.platform.AuditLog;
import org.anlan.shared.GeoPoint;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示数据: in the demo only ({@code anlan.demo.enabled=true}) and only when there are no shelters,
 * adds SYNTHETIC shelters (fixed seed, "（演示）" in the name, note {@value #SYNTHETIC}): one temporary
 * shelter per village and one emergency shelter per town, placed at random within 3 km of the town's
 * REAL centre and inside the district outline (village points are schematic and not used).
 *
 * <p>Gaps left on purpose, so that the coverage check has something to report: see {@link #GAPS}.
 */
@Component
@Order(150)
class DemoShelters implements ApplicationRunner {

  static final String SYNTHETIC = "演示数据（虚构）synthetic demo data";
  /** Villages without a usable temporary shelter, and why. */
  static final Map<String, String> GAPS = Map.of(
      "500152110003", "none",           // 金龙社区, 双江镇: no shelter at all
      "500152001001", "none",           // 莲花社区, 桂林街道: no shelter at all
      "500152110002", "UNAVAILABLE",    // 五里社区, 双江镇: its temporary shelter is damaged
      "500152113002", "CLOSED",         // 金盆社区, 柏梓镇: its temporary shelter is closed
      "500152101002", "EMERGENCY_ONLY"); // 倒塘社区, 上和镇: only an emergency shelter, no temporary one

  private static final Logger log = LoggerFactory.getLogger(DemoShelters.class);
  private static final Facility[] FACILITIES = Facility.values();

  private final AreaCatalogue areas;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final NearestResources nearest;
  private final boolean enabled;

  DemoShelters(AreaCatalogue areas, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, AuditLog audit,
      NearestResources nearest, @Value("${anlan.demo.enabled:false}") boolean enabled) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.nearest = nearest;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.getJdbcTemplate().queryForObject("select count(*) from resources_shelter", Long.class) > 0) {
      return;
    }
    long started = System.nanoTime();
    List<SqlParameterSource> rows = plan();
    transactions.executeWithoutResult(status -> {
      jdbc.batchUpdate("""
          insert into resources_shelter (name, type, capacity, occupancy, area_code, lon, lat, address, facilities, status, note)
          values (:name, :type, :capacity, :occupancy, :area, :lon, :lat, :address, :facilities, :status, :note)""",
          rows.toArray(SqlParameterSource[]::new));
      audit.record("resources", "demo", areas.root().code().value(), "seed", null, Map.of("shelters", rows.size(), "note", SYNTHETIC));
    });
    nearest.reload();
    log.info("Demo shelters: {} synthetic shelters in {} ms", rows.size(), (System.nanoTime() - started) / 1_000_000);
  }

  List<SqlParameterSource> plan() {
    Random random = new Random(20260602L);
    PreparedGeometry outline = areas.boundary(areas.root().code())
        .map(b -> PreparedGeometryFactory.prepare(b.shape().geometry())).orElse(null);
    List<SqlParameterSource> rows = new ArrayList<>();
    for (Area town : areas.atLevel(AreaLevel.TOWN)) {
      if (town.centre() == null || town.centreSource() == LocationSource.SCHEMATIC) {
        continue;
      }
      rows.add(row(random, outline, town, town, ShelterType.EMERGENCY_SHELTER, "应急避难场所", ShelterStatus.READY));
      for (Area village : areas.children(town.code())) {
        String gap = GAPS.getOrDefault(village.code().value(), "");
        switch (gap) {
          case "none" -> { }
          case "EMERGENCY_ONLY" -> rows.add(row(random, outline, town, village, ShelterType.EMERGENCY_SHELTER, "避难场所", ShelterStatus.READY));
          case "" -> rows.add(row(random, outline, town, village, ShelterType.TEMPORARY_SHELTER, "临时避灾点", status(random)));
          default -> rows.add(row(random, outline, town, village, ShelterType.TEMPORARY_SHELTER, "临时避灾点", ShelterStatus.valueOf(gap)));
        }
      }
    }
    return rows;
  }

  private static ShelterStatus status(Random random) {
    return random.nextInt(10) == 0 ? ShelterStatus.OPEN : ShelterStatus.READY;
  }

  private static SqlParameterSource row(Random random, PreparedGeometry outline, Area town, Area area, ShelterType type,
      String label, ShelterStatus status) {
    GeoPoint at = near(random, outline, town.centre());
    int capacity = type == ShelterType.TEMPORARY_SHELTER ? 50 + 10 * random.nextInt(16) : 500 + 100 * random.nextInt(16);
    int occupancy = status == ShelterStatus.OPEN ? random.nextInt(capacity + 1) : 0;
    Set<Facility> set = EnumSet.of(Facility.WATER, Facility.POWER, Facility.TOILETS);
    set.add(FACILITIES[random.nextInt(FACILITIES.length)]);
    set.add(FACILITIES[random.nextInt(FACILITIES.length)]);
    String facilities = set.stream().map(Facility::name).collect(Collectors.joining(","));
    return new MapSqlParameterSource().addValue("name", area.shortName() + label + "（演示）").addValue("type", type.name())
        .addValue("capacity", capacity).addValue("occupancy", occupancy).addValue("area", area.code().value())
        .addValue("lon", at.lon()).addValue("lat", at.lat()).addValue("address", town.shortName() + "（虚构地址）")
        .addValue("facilities", facilities).addValue("status", status.name()).addValue("note", SYNTHETIC);
  }

  /** A random point 300 m to 3 km from {@code centre}, inside the outline (the centre itself after 20 misses). */
  static GeoPoint near(Random random, PreparedGeometry outline, GeoPoint centre) {
    for (int i = 0; i < 20; i++) {
      double metres = 300 + random.nextDouble() * 2700;
      double angle = random.nextDouble() * 2 * Math.PI;
      GeoPoint p = centre.offset(metres, angle);
      if (outline == null || outline.covers(p.toJts())) {
        return p;
      }
    }
    return centre;
  }
}
