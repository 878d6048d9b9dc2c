package org.anlan.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.LocationSource;
import org.anlan.directory.AssignmentTarget;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
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
 * 演示数据: in the demo only and only when there are no danger zones, adds SYNTHETIC zones (fixed
 * seed, "（演示）" in names and notes): {@value DemoZonePlan#ZONES} points and small polygons within
 * 3 km of the REAL town centres and inside the district outline, about 3,000 households with
 * phones 1990001xxxx, and about 5% vulnerable people paired with a directory person of the same
 * village or town. Every {@value DemoZonePlan#UNPAIRED_EVERY}th vulnerable person is left without a
 * helper on purpose, so that the unpaired list has something to show. The directory then gives nine in
 * ten zones SYNTHETIC 六落实 people ({@code DirectoryDesk#addDemoDuties}); the tenth shows the area fallback only.
 */
@Component
@Order(170)
class DemoZones implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoZones.class);

  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final boolean enabled;
  private final int helperLimit;

  DemoZones(AreaCatalogue areas, DirectoryDesk directory, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
      AuditLog audit, @Value("${anlan.demo.enabled:false}") boolean enabled,
      @Value("${anlan.risk.zones.helper-limit:3}") int helperLimit) {
    this.areas = areas;
    this.directory = directory;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.enabled = enabled;
    this.helperLimit = helperLimit;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.getJdbcTemplate().queryForObject("select count(*) from risk_zone", Long.class) > 0) {
      return;
    }
    long started = System.nanoTime();
    PreparedGeometry outline = areas.boundary(areas.root().code())
        .map(b -> PreparedGeometryFactory.prepare(b.shape().geometry())).orElse(null);
    List<Area> towns = areas.atLevel(AreaLevel.TOWN).stream()
        .filter(t -> t.centre() != null && t.centreSource() == LocationSource.SOURCE).toList();
    Map<String, List<Long>> helpers = new HashMap<>();
    DemoZonePlan plan = new DemoZonePlan(new Random(20260603L), outline, towns, areas::children,
        area -> helpers.computeIfAbsent(area, a -> directory.people(AreaCode.of(a), null, 0, 200).items()
            .stream().map(PersonSummary::id).toList()), helperLimit);
    plan.make();
    Integer duties = transactions.execute(status -> insert(plan));
    log.info("Demo danger zones: {} zones, {} households, {} vulnerable people, {} 六落实 assignments in {} ms", plan.zones.size(),
        plan.households.size(), plan.vulnerable.size(), duties, (System.nanoTime() - started) / 1_000_000);
  }

  /** Inserts the plan's zones, households and vulnerable people, then has the directory add their 六落实 people. */
  private int insert(DemoZonePlan plan) {
    jdbc.batchUpdate("""
        insert into risk_zone (code, name, kind, geometry_wkt, lon, lat, area_code, property_wan, status, note)
        values (:code, :name, :kind, :wkt, :lon, :lat, :area, :property, 'ACTIVE', :note)""",
        plan.zones.toArray(SqlParameterSource[]::new));
    Map<String, Long> zoneIds = new HashMap<>();
    jdbc.query("select id, code from risk_zone", rs -> {
      zoneIds.put(rs.getString("code"), rs.getLong("id"));
    });
    plan.households.forEach(h -> h.addValue("zone", zoneIds.get((String) h.getValue("zoneCode"))));
    jdbc.batchUpdate("""
        insert into risk_household (zone_id, head_name, members, phone, address, note)
        values (:zone, :head, :members, :phone, :address, :note)""", plan.households.toArray(SqlParameterSource[]::new));
    Map<String, Long> householdIds = new HashMap<>();
    jdbc.query("select id, phone from risk_household", rs -> {
      householdIds.put(rs.getString("phone"), rs.getLong("id"));
    });
    plan.vulnerable.forEach(v -> v.addValue("household", householdIds.get((String) v.getValue("phone"))));
    jdbc.batchUpdate("""
        insert into risk_household_vulnerable (household_id, name, kind, helper_person_id, note)
        values (:household, :name, :kind, :helper, :note)""", plan.vulnerable.toArray(SqlParameterSource[]::new));
    List<AssignmentTarget> targets = jdbc.query("select id, area_code from risk_zone order by code",
        (rs, n) -> AssignmentTarget.dangerZone(rs.getLong("id"), AreaCode.of(rs.getString("area_code"))));
    int duties = directory.addDemoDuties(targets);
    audit.record("risk", "demo", areas.root().code().value(), "seed", null, Map.of("zones", plan.zones.size(),
        "households", plan.households.size(), "vulnerable", plan.vulnerable.size(), "duties", duties,
        "note", DemoZonePlan.SYNTHETIC));
    return duties;
  }
}
