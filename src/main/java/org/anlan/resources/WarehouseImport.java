package org.anlan.resources;

import org.anlan.platform.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.area.Area;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports warehouses (sheet 仓库) and their stock (sheet 库存) all or nothing. Warehouses, keyed by
 * name and area, are created or updated; a stock row brings the stock to the quantity given with one
 * ledger entry for the difference (IN, or OUT when lower; reason {@value #REASON}), so importing the
 * same file again writes nothing new; the minimum level is set when given.
 */
@Service
class WarehouseImport {

  static final String WAREHOUSES = "仓库";
  static final String STOCK = "库存";
  static final String REASON = "Excel 导入（期初/盘点）";
  static final Map<String, List<String>> LAYOUT = layout();
  static final Map<WarehouseLevel, String> LEVELS = Map.of(WarehouseLevel.DISTRICT, "区级", WarehouseLevel.TOWN, "镇街级",
      WarehouseLevel.VILLAGE, "村社级");

  private final WarehouseDesk desk;
  private final Warehouses warehouses;
  private final StockLedger ledger;
  private final ImportChecks checking;

  WarehouseImport(WarehouseDesk desk, Warehouses warehouses, StockLedger ledger, ImportChecks checking) {
    this.desk = desk;
    this.warehouses = warehouses;
    this.ledger = ledger;
    this.checking = checking;
  }

  private static Map<String, List<String>> layout() {
    Map<String, List<String>> layout = new LinkedHashMap<>();
    layout.put(WAREHOUSES, List.of("名称", "级别", "区域代码", "经度", "纬度", "地址", "管理员电话"));
    layout.put(STOCK, List.of("仓库名称", "区域代码", "物资代码", "数量", "最低储备"));
    return layout;
  }

  /** One stock row, checked. */
  private record Stock(String warehouseKey, String item, long quantity, Long minimum) {}

  @Transactional
  ImportCounts importWorkbook(InputStream in) {
    RowChecks checks = checking.start();
    Map<String, List<Sheets.Line>> sheets = checks.read(in, LAYOUT);
    Map<String, SaveWarehouse> planned = new LinkedHashMap<>();
    for (Sheets.Line line : sheets.get(WAREHOUSES)) {
      String name = checks.required(line, "名称", 100);
      Area area = checks.area(line, "区域代码");
      WarehouseLevel level = checks.choice(line, "级别", WarehouseLevel.class, LEVELS);
      Double lon = checks.decimal(line, "经度");
      Double lat = checks.decimal(line, "纬度");
      checks.inside(line, lon, lat);
      if (area != null && level != null && !area.level().name().equals(level.name())) {
        checks.add(line, "级别", "level-mismatch", LEVELS.get(level), area.code().value());
      }
      String key = name + "|" + line.get("区域代码");
      if (planned.containsKey(key)) {
        checks.add(line, "名称", "duplicate", name);
      }
      if (area != null) {
        planned.put(key, new SaveWarehouse(name, level, area.code().value(), lon, lat, checks.optional(line, "地址", 200),
            null, checks.optional(line, "管理员电话", 20), null, null));
      }
    }
    Set<String> items = ledger.items().stream().map(Item::code).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<Stock> stock = new ArrayList<>();
    for (Sheets.Line line : sheets.get(STOCK)) {
      String key = line.get("仓库名称") + "|" + line.get("区域代码");
      if (!planned.containsKey(key)) {
        checks.add(line, "仓库名称", "warehouse-unknown", line.get("仓库名称"));
      }
      String item = line.get("物资代码");
      if (!items.contains(item)) {
        checks.add(line, "物资代码", "item-unknown", item);
      } else if (!seen.add(key + "|" + item)) {
        checks.add(line, "物资代码", "duplicate", item);
      }
      Long quantity = checks.whole(line, "数量", 0, true);
      Long minimum = checks.whole(line, "最低储备", 0, false);
      if (quantity != null) {
        stock.add(new Stock(key, item, quantity, minimum));
      }
    }
    checks.throwIfAny();
    return apply(planned, stock);
  }

  private ImportCounts apply(Map<String, SaveWarehouse> planned, List<Stock> stock) {
    int created = 0;
    int updated = 0;
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Map.Entry<String, SaveWarehouse> e : planned.entrySet()) {
      SaveWarehouse w = e.getValue();
      Warehouse existing = warehouses.findByNameAndAreaCode(w.name(), w.areaCode()).orElse(null);
      if (existing == null) {
        ids.put(e.getKey(), desk.create(w).id());
        created++;
      } else {
        desk.update(existing.id, new SaveWarehouse(w.name(), w.level(), w.areaCode(), w.lon(), w.lat(), w.address(),
            existing.managerPersonId, w.managerPhone(), existing.note, null));
        ids.put(e.getKey(), existing.id);
        updated++;
      }
    }
    int entries = 0;
    for (Stock s : stock) {
      long id = ids.get(s.warehouseKey());
      long now = ledger.stock(id).stream().filter(l -> l.itemCode().equals(s.item())).mapToLong(StockLine::quantity).sum();
      if (s.quantity() != now) {
        MoveStock.Kind kind = s.quantity() > now ? MoveStock.Kind.IN : MoveStock.Kind.OUT;
        entries += desk.move(id, new MoveStock(kind, s.item(), Math.abs(s.quantity() - now), REASON, null)).size();
      }
      if (s.minimum() != null) {
        desk.setMinimum(id, s.item(), s.minimum());
      }
    }
    return new ImportCounts(created, updated, entries);
  }

  /** The warehouse sheet and stock sheet rows. */
  static Map<String, List<List<String>>> rows(List<WarehouseSummary> list, Map<Long, List<StockLine>> stock) {
    List<List<String>> warehouseRows = new ArrayList<>();
    List<List<String>> stockRows = new ArrayList<>();
    for (WarehouseSummary w : list) {
      warehouseRows.add(Arrays.asList(w.name(), LEVELS.get(w.level()), w.areaCode(), String.valueOf(w.lon()),
          String.valueOf(w.lat()), w.address(), w.managerPhone()));
      stock.getOrDefault(w.id(), List.of()).forEach(s -> stockRows.add(Arrays.asList(w.name(), w.areaCode(), s.itemCode(),
          String.valueOf(s.quantity()), String.valueOf(s.minimum()))));
    }
    return Map.of(WAREHOUSES, warehouseRows, STOCK, stockRows);
  }
}
