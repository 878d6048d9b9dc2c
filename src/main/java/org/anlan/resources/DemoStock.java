package org.anlan.resources;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 演示数据: synthetic warehouses — one of the district, one per town, three village points — each
 * with opening stock of ten items written as IN ledger entries ("期初库存（演示）") and minimum levels.
 * Some stock is left under its minimum on purpose, see {@link #SHORT}.
 */
@Component
class DemoStock {

  /** Warehouse name → item deliberately under its minimum level. */
  static final Map<String, String> SHORT = Map.of(
      "潼南区应急物资储备库（演示）", "GENERATOR",
      "双江镇应急物资仓库（演示）", "LIFE_JACKET",
      "柏梓镇应急物资仓库（演示）", "TENT");
  static final List<String> VILLAGES = List.of("500152110001", "500152113001", "500152101001");
  private static final String[] ITEMS = {"TENT", "FOLDING_BED", "QUILT", "LIFE_JACKET", "GENERATOR", "WATER",
      "INSTANT_FOOD", "SANDBAG", "RAINCOAT", "FLASHLIGHT"};

  private final AreaCatalogue areas;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoStock(AreaCatalogue areas, JdbcClient jdbc, Clock clock) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds the warehouses and their stock; answers how many warehouses. */
  int seed(Random random, PreparedGeometry outline, Area seat, List<Area> towns) {
    int count = 0;
    warehouse(random, "潼南区应急物资储备库（演示）", WarehouseLevel.DISTRICT, areas.root().code().value(),
        DemoShelters.near(random, outline, seat.centre()), 10);
    count++;
    for (Area town : towns) {
      warehouse(random, town.shortName() + "应急物资仓库（演示）", WarehouseLevel.TOWN, town.code().value(),
          DemoShelters.near(random, outline, town.centre()), 3);
      count++;
    }
    for (String code : VILLAGES) {
      Area village = areas.find(AreaCode.of(code)).orElse(null);
      Area town = village == null ? null : areas.get(village.parent());
      if (town != null && town.centre() != null) {
        warehouse(random, village.shortName() + "物资储备点（演示）", WarehouseLevel.VILLAGE, code,
            DemoShelters.near(random, outline, town.centre()), 1);
        count++;
      }
    }
    return count;
  }

  private void warehouse(Random random, String name, WarehouseLevel level, String area, GeoPoint at, int scale) {
    jdbc.sql("insert into resources_warehouse (name, level, area_code, lon, lat, address, manager_phone, note) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(name, level.name(), area, at.lon(), at.lat(), "（虚构地址）", "023-1111%04d".formatted(random.nextInt(10_000)),
            DemoResources.SYNTHETIC)
        .update();
    long id = jdbc.sql("select id from resources_warehouse where name = ? and area_code = ?").params(name, area)
        .query(Long.class).single();
    OffsetDateTime at0 = OffsetDateTime.now(clock);
    for (String item : ITEMS) {
      long minimum = scale * (5 + random.nextInt(6)) * 2L;
      long quantity = item.equals(SHORT.get(name)) ? minimum / 2 : minimum + scale * random.nextInt(40);
      jdbc.sql("insert into resources_stock (warehouse_id, item_code, quantity, minimum) values (?, ?, ?, ?)")
          .params(id, item, quantity, minimum).update();
      if (quantity > 0) {
        jdbc.sql("""
                insert into resources_ledger (warehouse_id, item_code, kind, quantity, balance_after, actor, reason, at)
                values (?, ?, 'IN', ?, ?, 'demo', '期初库存（演示）', ?)""")
            .params(id, item, quantity, quantity, at0).update();
      }
    }
  }
}
