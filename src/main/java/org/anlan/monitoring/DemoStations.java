package org.anlan.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.LocationSource;
import org.anlan.platform.AuditLog;
import org.anlan.risk.DangerZoneDesk;
import org.anlan.risk.DangerZoneSummary;
import org.anlan.risk.EnterpriseDesk;
import org.anlan.risk.EnterpriseSummary;
import org.anlan.risk.Industry;
import org.anlan.risk.ZoneKind;
import org.anlan.shared.GeoPoint;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示数据: in the demo only and only when there are no stations, adds SYNTHETIC stations (seed 20261129,
 * "（演示）" in every name): an hourly rain gauge within 2 km of each town's REAL centre ({@code TN-RG-01} …,
 * what the storm replay feeds), six water-level gauges, a displacement gauge at each of the first ten
 * geo-hazard zones and a gas detector at each of the first five hazardous-chemicals enterprises (linked to
 * them). Their ingest tokens are random and not shown; an administrator issues a new one to use a station.
 */
@Component
@Order(180)
class DemoStations implements ApplicationRunner {

  static final String SYNTHETIC = "演示数据（虚构）";
  private static final Logger log = LoggerFactory.getLogger(DemoStations.class);

  private final AreaCatalogue areas;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final StationCatalogue catalogue;
  private final DangerZoneDesk zones;
  private final EnterpriseDesk enterprises;
  private final boolean enabled;

  DemoStations(AreaCatalogue areas, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, StationCatalogue catalogue,
      DangerZoneDesk zones, EnterpriseDesk enterprises, @Value("${anlan.demo.enabled:false}") boolean enabled) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.catalogue = catalogue;
    this.zones = zones;
    this.enterprises = enterprises;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from monitoring_station").query(Long.class).single() > 0) {
      return;
    }
    Random random = new Random(20261129L);
    PreparedGeometry outline = areas.boundary(areas.root().code()).map(b -> PreparedGeometryFactory.prepare(b.shape().geometry())).orElse(null);
    List<Area> towns = areas.atLevel(AreaLevel.TOWN).stream().filter(t -> t.centre() != null && t.centreSource() != LocationSource.SCHEMATIC)
        .toList();
    int[] count = new int[1];
    transactions.executeWithoutResult(tx -> {
      int n = 0;
      for (Area town : towns) {
        n++;
        station("TN-RG-%02d".formatted(n), town.shortName() + "雨量站（演示）", StationKind.RAIN, near(random, outline, town.centre(), 2000),
            town.code().value(), "区气象局（演示）", null, null, null, 3600);
        count[0]++;
      }
      for (int i = 0; i < 6 && i < towns.size(); i++) {
        Area town = towns.get((i * 4 + 1) % towns.size());
        station("TN-WL-%02d".formatted(i + 1), town.shortName() + "水位站（演示）", StationKind.LEVEL, near(random, outline, town.centre(), 1500),
            town.code().value(), "区水利局（演示）", null, null, null, 600);
        count[0]++;
      }
      int d = 0;
      for (DangerZoneSummary zone : zones.zones(areas.root().code(), null)) {
        if (d == 10 || zone.kind() == ZoneKind.FLASH_FLOOD_ZONE || zone.kind() == ZoneKind.WATERLOGGING) {
          continue;
        }
        d++;
        station("TN-DS-%02d".formatted(d), zone.name() + "位移监测（演示）", StationKind.DISPLACEMENT, new GeoPoint(zone.lon(), zone.lat()),
            zone.areaCode(), "区规划和自然资源局（演示）", null, "danger-zone", String.valueOf(zone.id()), 1800);
        count[0]++;
      }
      int g = 0;
      for (EnterpriseSummary e : enterprises.enterprises(areas.root().code(), Industry.HAZARDOUS_CHEMICALS)) {
        if (g == 5) {
          break;
        }
        g++;
        station("TN-GS-%02d".formatted(g), e.name() + "可燃气体探测（演示）", StationKind.GAS, new GeoPoint(e.lon(), e.lat()), e.areaCode(),
            e.name(), Industry.HAZARDOUS_CHEMICALS.name(), "enterprise", String.valueOf(e.id()), 60);
        count[0]++;
      }
      audit.record("monitoring", "demo", areas.root().code().value(), "seed", null, Map.of("stations", count[0], "note", SYNTHETIC));
    });
    catalogue.reload();
    log.info("Demo monitoring: {} stations (synthetic)", count[0]);
  }

  private void station(String code, String name, StationKind kind, GeoPoint at, String area, String owner, String industry,
      String riskType, String riskId, int interval) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
        insert into monitoring_station (code, name, kind, lon, lat, area_code, owner_department, industry, risk_type, risk_id,
          interval_seconds, status, token_hash, note)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
        .params(code, name, kind.name(), at.lon(), at.lat(), area, owner, industry, riskType, riskId, interval,
            StationTokens.hash(StationTokens.newToken()), SYNTHETIC)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    List<SensorSpec> sensors = new ArrayList<>(kind.defaultSensors());
    for (SensorSpec s : sensors) {
      jdbc.sql("insert into monitoring_sensor (station_id, code, kind, unit) values (?, ?, ?, ?)").params(id, s.code(), s.kind(), s.unit())
          .update();
    }
  }

  private static GeoPoint near(Random random, PreparedGeometry outline, GeoPoint centre, double within) {
    for (int i = 0; i < 20; i++) {
      GeoPoint p = centre.offset(200 + random.nextDouble() * (within - 200), random.nextDouble() * 2 * Math.PI);
      if (outline == null || outline.covers(p.toJts())) {
        return p;
      }
    }
    return centre;
  }
}
