package org.anlan.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示数据: in the demo only ({@code anlan.demo.enabled=true}) and only when there are no enterprises,
 * adds SYNTHETIC enterprises (fixed seed, "（演示）" in the name, synthetic credit codes with a valid check
 * character) within 3 km of the REAL town centres and inside the outline, {@link DemoSources#SOURCES}
 * major hazard sources graded by GB 18218-2018 (一级 to 四级 all occur), one risk-matrix assessment per
 * other enterprise, and hazard-bearing bodies near the town centres.
 */
@Component
@Order(160)
class DemoRisk implements ApplicationRunner {

  static final String SYNTHETIC = "演示数据（虚构）synthetic demo data";
  private static final Logger log = LoggerFactory.getLogger(DemoRisk.class);
  private static final String[] TRADES = {"化工", "矿业", "机械", "燃气", "建设", "烟花", "食品"};
  private static final String[] BODY_LABELS = {"小学", "卫生院", "敬老院", "水库", "大桥", "农贸市场", "汽车站", "文化广场"};

  private final AreaCatalogue areas;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final RiskAssessment assessment;
  private final boolean enabled;
  private final boolean majorHazardIsRed;

  DemoRisk(AreaCatalogue areas, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit,
      RiskAssessment assessment, @Value("${anlan.demo.enabled:false}") boolean enabled,
      @Value("${anlan.risk.major-hazard-is-red:true}") boolean majorHazardIsRed) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.assessment = assessment;
    this.enabled = enabled;
    this.majorHazardIsRed = majorHazardIsRed;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from risk_enterprise").query(Long.class).single() > 0) {
      return;
    }
    Random random = new Random(20260610L);
    PreparedGeometry outline = areas.boundary(areas.root().code())
        .map(b -> PreparedGeometryFactory.prepare(b.shape().geometry())).orElse(null);
    List<Area> towns = areas.atLevel(AreaLevel.TOWN).stream()
        .filter(t -> t.centre() != null && t.centreSource() != LocationSource.SCHEMATIC).toList();
    if (towns.isEmpty()) {
      return;
    }
    int[] counts = new int[3];
    transactions.executeWithoutResult(status -> {
      for (int i = 0; i < 40; i++) {
        counts[0] += enterprise(random, outline, towns.get(i % towns.size()), i);
      }
      for (int i = 0; i < 60; i++) {
        Area town = towns.get(i % towns.size());
        GeoPoint at = near(random, outline, town.centre());
        BodyKind kind = BodyKind.values()[i % BODY_LABELS.length];
        jdbc.sql("""
            insert into risk_bearing_body (name, kind, lon, lat, area_code, people, note)
            values (:name, :kind, :lon, :lat, :area, :people, :note)""")
            .param("name", town.shortName() + BODY_LABELS[i % BODY_LABELS.length] + (i / towns.size() + 1) + "（演示）")
            .param("kind", kind.name()).param("lon", at.lon()).param("lat", at.lat()).param("area", town.code().value())
            .param("people", 50 + 50 * random.nextInt(30)).param("note", SYNTHETIC).update();
        counts[2]++;
      }
      audit.record("risk", "demo", areas.root().code().value(), "seed", null,
          Map.of("enterprises", 40, "hazardSources", counts[0], "bearingBodies", counts[2], "note", SYNTHETIC));
    });
    log.info("Demo risk data: 40 synthetic enterprises, {} major hazard sources, 60 hazard-bearing bodies", counts[0]);
  }

  /** Inserts one enterprise (with its major hazard source or an assessment); returns the number of sources. */
  private int enterprise(Random random, PreparedGeometry outline, Area town, int i) {
    DemoSources.Source source = i < DemoSources.SOURCES.size() ? DemoSources.SOURCES.get(i) : null;
    Industry industry = source != null ? source.industry() : Industry.values()[i % Industry.values().length];
    String trade = TRADES[industry.ordinal()];
    GeoPoint at = near(random, outline, town.centre());
    String first17 = "91500152MA" + "%07d".formatted(random.nextInt(10_000_000));
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into risk_enterprise (name, credit_code, industry, address, lon, lat, area_code, legal_representative,
          employees, status)
        values (:name, :code, :industry, :address, :lon, :lat, :area, :legal, :employees, 'OPERATING')""")
        .param("name", "潼南" + town.shortName() + trade + "企业" + (i + 1) + "（演示）")
        .param("code", first17 + CreditCode.checkCharacter(first17)).param("industry", industry.name())
        .param("address", town.shortName() + "（虚构地址）").param("lon", at.lon()).param("lat", at.lat())
        .param("area", town.code().value()).param("legal", "演示法人").param("employees", 10 + random.nextInt(300))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    RiskColour assessed = null;
    Integer grade = null;
    if (source != null) {
      grade = DemoSources.insert(jdbc, assessment, id, source);
    } else {
      MatrixScore m = assessment.scoreMatrix(new ScoreMatrix(1.0 + random.nextInt(5), 1.0 + random.nextInt(5)));
      assessed = RiskColour.valueOf(m.colour().code());
      jdbc.sql("""
          insert into risk_assessment (enterprise_id, method, inputs, score, colour, note, assessed_by, assessed_at)
          values (:id, 'MATRIX', :inputs, :score, :colour, :note, 'system', :at)""")
          .param("id", id).param("inputs", "L=%d S=%d".formatted(m.l(), m.s())).param("score", m.product())
          .param("colour", assessed.name()).param("note", SYNTHETIC).param("at", Timestamp.from(Instant.now())).update();
    }
    RiskColour colour = EnterpriseColour.of(assessed, grade, majorHazardIsRed);
    jdbc.sql("update risk_enterprise set assessed_colour = :a, colour = :c where id = :id")
        .param("a", assessed == null ? null : assessed.name()).param("c", colour == null ? null : colour.name())
        .param("id", id).update();
    return source == null ? 0 : 1;
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
