package org.anlan.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.platform.AuditLog;
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
 * 演示数据: in the demo only ({@code anlan.demo.enabled=true}) and only when the directory is empty,
 * fills it with the district's committee member units and departments, a town office per town, a
 * committee per village, and SYNTHETIC people (fixed random seed, note {@value #SYNTHETIC}, mobile
 * numbers {@code 1990000xxxx}, see {@link DemoPeople}) with their assignments.
 *
 * <p>Gaps left on purpose, so that the fallback of "who answers here?" can be seen:
 * <ul>
 *   <li>五里社区 (500152110002, 双江镇) has no DISASTER_INFORMANT: the answer is 双江镇's (PARENT_AREA);</li>
 *   <li>金龙社区 (500152110003, 双江镇) has no GRID_WORKER, and no level above has one: nobody answers;</li>
 *   <li>柏梓镇社区 (500152113001): the VILLAGE_SECRETARY is marked unavailable: the VILLAGE_HEAD answers (DEPUTY);</li>
 *   <li>莲花社区 (500152001001, 桂林街道): the VILLAGE_SECRETARY's assignment ended 2025-12-31: the deputy answers.</li>
 * </ul>
 */
@Component
@Order(100)
class DemoDirectory implements ApplicationRunner {

  static final String SYNTHETIC = "演示数据（虚构）synthetic demo data";
  static final String NO_INFORMANT = "500152110002";
  static final String NO_GRID_WORKER = "500152110003";
  static final String SECRETARY_AWAY = "500152113001";
  static final String SECRETARY_EXPIRED = "500152001001";
  static final LocalDate EXPIRED_ON = LocalDate.of(2025, 12, 31);

  private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

  private final AreaCatalogue areas;
  private final JdbcClient jdbc;
  private final DemoBatches batches;
  private final TransactionTemplate transactions;
  private final AuditLog audit;
  private final boolean enabled;

  DemoDirectory(AreaCatalogue areas, JdbcClient jdbc, DemoBatches batches, TransactionTemplate transactions, AuditLog audit,
      @Value("${anlan.demo.enabled:false}") boolean enabled) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.batches = batches;
    this.transactions = transactions;
    this.audit = audit;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from directory_person").query(Long.class).single() > 0) {
      return;
    }
    long started = System.nanoTime();
    int[] counts = transactions.execute(status -> load());
    audit(counts);
    log.info("Demo directory: {} organisations, {} synthetic people, {} assignments in {} ms", counts[0], counts[1], counts[2],
        (System.nanoTime() - started) / 1_000_000);
  }

  private int[] load() {
    Area district = areas.root();
    DemoPeople people = new DemoPeople(new Random(20260601L));
    List<DemoBatches.Org> orgs = new ArrayList<>(DemoBatches.districtUnits(district.code().value()));
    for (Area town : areas.atLevel(AreaLevel.TOWN)) {
      orgs.add(new DemoBatches.Org(townOffice(town), OrganisationKind.TOWN_OFFICE, town.code().value(), null, ""));
    }
    for (Area village : areas.atLevel(AreaLevel.VILLAGE)) {
      orgs.add(new DemoBatches.Org(village.name(), OrganisationKind.VILLAGE_COMMITTEE, village.code().value(),
          townOffice(areas.get(village.parent())), ""));
    }
    Map<String, Long> orgIds = batches.insertOrganisations(orgs);
    List<DemoPeople.Duty> duties = new ArrayList<>();
    String code = district.code().value();
    duties.addAll(people.district(code, orgIds));
    for (Area town : areas.atLevel(AreaLevel.TOWN)) {
      duties.addAll(people.town(town.code().value(), orgIds.get(town.code().value() + "|" + townOffice(town))));
    }
    for (Area village : areas.atLevel(AreaLevel.VILLAGE)) {
      duties.addAll(people.village(village.code().value(), orgIds.get(village.code().value() + "|" + village.name())));
    }
    int assignments = batches.insertPeopleAndAssignments(people.all(), duties);
    return new int[] {orgs.size(), people.all().size(), assignments};
  }

  private void audit(int[] counts) {
    transactions.executeWithoutResult(status -> audit.record("directory", "demo", areas.root().code().value(), "seed", null,
        Map.of("organisations", counts[0], "people", counts[1], "assignments", counts[2], "note", SYNTHETIC)));
  }

  /** 双江镇 → 双江镇人民政府, 桂林街道 → 桂林街道办事处. */
  static String townOffice(Area town) {
    return town.name().endsWith("街道") ? town.name() + "办事处" : town.name() + "人民政府";
  }
}
