package org.anlan.resources;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示数据: in the demo only ({@code anlan.demo.enabled=true}) and only when there are no teams,
 * adds SYNTHETIC rescue teams with members, warehouses with opening stock, and experts (seed
 * 20260603, "（演示）" in every name). Points lie within 3 km of a town's REAL centre (the district's
 * own teams and warehouse near 桂林街道's), never at the schematic village points. Stock gaps left on
 * purpose for the below-minimum card: {@link DemoStock#SHORT}.
 */
@Component
@Order(155)
class DemoResources implements ApplicationRunner {

  static final String SYNTHETIC = DemoShelters.SYNTHETIC;
  private static final Logger log = LoggerFactory.getLogger(DemoResources.class);
  private static final String[] SKILLS = {"水域救援", "山地搜救", "医疗急救", "破拆", "绳索救援", "电力抢修", "通信保障", "地质灾害"};
  private static final String[] SURNAMES = {"张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "蒋", "唐"};
  private static final String[][] DISTRICT_TEAMS = {
      {"区消防救援大队", "PROFESSIONAL", "破拆"}, {"区水上应急救援队", "PROFESSIONAL", "水域救援"},
      {"区医疗急救队", "PROFESSIONAL", "医疗急救"}, {"区地质灾害应急队", "PROFESSIONAL", "地质灾害"},
      {"区电力抢修队", "ENTERPRISE", "电力抢修"}, {"区通信保障队", "ENTERPRISE", "通信保障"},
      {"蓝天救援队潼南分队", "SOCIAL", "山地搜救"}};
  private static final String[][] EXPERTS = {{"地质灾害", "区地质环境监测站（虚构）"}, {"危化品", "某化工企业（虚构）"},
      {"防汛", "区水利事务中心（虚构）"}, {"医疗", "区人民医院（虚构）"}, {"森林防火", "区林业站（虚构）"}};

  private final AreaCatalogue areas;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final NearestResources nearest;
  private final DemoStock stock;
  private final boolean enabled;

  DemoResources(AreaCatalogue areas, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit,
      NearestResources nearest, DemoStock stock, @Value("${anlan.demo.enabled:false}") boolean enabled) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.nearest = nearest;
    this.stock = stock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from resources_team").query(Long.class).single() > 0) {
      return;
    }
    long started = System.nanoTime();
    Random random = new Random(20260603L);
    PreparedGeometry outline = areas.boundary(areas.root().code())
        .map(b -> PreparedGeometryFactory.prepare(b.shape().geometry())).orElse(null);
    List<Area> towns = areas.atLevel(AreaLevel.TOWN).stream()
        .filter(t -> t.centre() != null && t.centreSource() != LocationSource.SCHEMATIC).toList();
    Area seat = towns.stream().filter(t -> t.name().startsWith("桂林")).findFirst().orElse(towns.get(0));
    int[] counts = new int[3];
    transactions.executeWithoutResult(status -> {
      String district = areas.root().code().value();
      for (String[] t : DISTRICT_TEAMS) {
        team(random, t[0] + "（演示）", TeamType.valueOf(t[1]), district, DemoShelters.near(random, outline, seat.centre()), t[2]);
        counts[0]++;
      }
      for (Area town : towns) {
        team(random, town.shortName() + "综合应急队（演示）", TeamType.TOWN_COMPREHENSIVE, town.code().value(),
            DemoShelters.near(random, outline, town.centre()), SKILLS[random.nextInt(SKILLS.length)]);
        counts[0]++;
      }
      counts[1] = stock.seed(random, outline, seat, towns);
      for (int i = 0; i < 20; i++) {
        String[] e = EXPERTS[i % EXPERTS.length];
        jdbc.sql("insert into resources_expert (name, field, organisation, title, phone, area_code, note) values (?, ?, ?, ?, ?, ?, ?)")
            .params(SURNAMES[random.nextInt(SURNAMES.length)] + "专家" + (i + 1) + "（演示）", e[0], e[1],
                i % 3 == 0 ? "高级工程师" : "工程师", "1390000%04d".formatted(i), district, SYNTHETIC)
            .update();
        counts[2]++;
      }
      audit.record("resources", "demo", district, "seed", null,
          Map.of("teams", counts[0], "warehouses", counts[1], "experts", counts[2], "note", SYNTHETIC));
    });
    nearest.reload();
    log.info("Demo resources: {} teams, {} warehouses, {} experts (synthetic) in {} ms", counts[0], counts[1], counts[2],
        (System.nanoTime() - started) / 1_000_000);
  }

  private void team(Random random, String name, TeamType type, String area, GeoPoint at, String mainSkill) {
    int draw = random.nextInt(10);
    TeamStatus status = draw == 0 ? TeamStatus.DEPLOYED : draw == 1 ? TeamStatus.UNAVAILABLE : TeamStatus.STANDBY;
    String reason = switch (status) {
      case DEPLOYED -> "参加防汛演练（演示）";
      case UNAVAILABLE -> "装备检修（演示）";
      case STANDBY -> null;
    };
    long id = jdbc.sql("""
            insert into resources_team (name, type, area_code, lon, lat, duty_phone, status, status_reason, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(name, type.name(), area, at.lon(), at.lat(), "023-0000%04d".formatted(random.nextInt(10_000)),
            status.name(), reason, SYNTHETIC)
        .update() == 1 ? jdbc.sql("select id from resources_team where name = ? and area_code = ?").params(name, area)
            .query(Long.class).single() : 0;
    int members = 6 + random.nextInt(10);
    for (int m = 0; m < members; m++) {
      String skills = m % 2 == 0 ? mainSkill : mainSkill + "," + SKILLS[random.nextInt(SKILLS.length)];
      if (skills.endsWith("," + mainSkill)) {
        skills = mainSkill;
      }
      jdbc.sql("insert into resources_team_member (team, team_key, name, phone, skills) values (?, ?, ?, ?, ?)")
          .params(id, m, SURNAMES[random.nextInt(SURNAMES.length)] + "队员" + (m + 1) + "（演示）",
              "1380000%04d".formatted(random.nextInt(10_000)), skills)
          .update();
    }
    jdbc.sql("insert into resources_team_equipment (team, team_key, name, category, quantity, status) values (?, 0, ?, ?, ?, 'GOOD')")
        .params(id, mainSkill.equals("水域救援") ? "冲锋舟" : "应急照明灯组", mainSkill, 1 + random.nextInt(5)).update();
  }
}
