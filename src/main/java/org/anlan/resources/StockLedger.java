package org.anlan.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.shared.RuleViolatedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * 台账: the append-only stock ledger and the current stock it sums to. Every entry locks its
 * warehouse row first ({@code for update}, lowest id first in a transfer), so two concurrent
 * movements of one warehouse run one after the other and cannot overdraw it.
 */
@Component
class StockLedger {

  private static final String LINE = """
      select s.warehouse_id, w.name as warehouse_name, w.area_code, s.item_code, i.name as item_name, i.unit,
             s.quantity, s.minimum
      from resources_stock s join resources_warehouse w on w.id = s.warehouse_id join resources_item i on i.code = s.item_code
      """;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  StockLedger(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  List<Item> items() {
    return jdbc.sql("select code, name, unit from resources_item order by code").query(Item.class).list();
  }

  void requireItem(String code) {
    if (jdbc.sql("select count(*) from resources_item where code = ?").param(code).query(Long.class).single() == 0) {
      throw new RuleViolatedException("resources.item-unknown", code);
    }
  }

  /** Writes one entry (or two, for a transfer) and updates the stock; refuses to go below zero, writing nothing. */
  List<LedgerEntry> move(Warehouse from, Warehouse to, MoveStock move, String actor) {
    requireItem(move.itemCode());
    lock(to == null ? from.id : Math.min(from.id, to.id));
    if (to != null) {
      lock(Math.max(from.id, to.id));
    }
    String reason = move.reason().trim();
    return switch (move.kind()) {
      case IN -> List.of(entry(from, LedgerKind.IN, move.itemCode(), move.quantity(), null, actor, reason));
      case OUT -> List.of(entry(from, LedgerKind.OUT, move.itemCode(), move.quantity(), null, actor, reason));
      case TRANSFER -> List.of(entry(from, LedgerKind.TRANSFER_OUT, move.itemCode(), move.quantity(), to.id, actor, reason),
          entry(to, LedgerKind.TRANSFER_IN, move.itemCode(), move.quantity(), from.id, actor, reason));
    };
  }

  private void lock(long warehouseId) {
    jdbc.sql("select id from resources_warehouse where id = ? for update").param(warehouseId).query(Long.class).single();
  }

  private LedgerEntry entry(Warehouse w, LedgerKind kind, String item, long quantity, Long counterpart, String actor,
      String reason) {
    long[] now = current(w.id, item);
    boolean out = kind == LedgerKind.OUT || kind == LedgerKind.TRANSFER_OUT;
    long after = out ? now[0] - quantity : now[0] + quantity;
    if (after < 0) {
      throw new RuleViolatedException("resources.stock-insufficient", item, now[0], quantity);
    }
    jdbc.sql("update resources_stock set quantity = ? where warehouse_id = ? and item_code = ?")
        .params(after, w.id, item).update();
    OffsetDateTime at = OffsetDateTime.now(clock);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into resources_ledger (warehouse_id, item_code, kind, quantity, balance_after, counterpart, actor, reason, at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(w.id, item, kind.name(), quantity, after, counterpart, actor, reason, at).update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    events.publishEvent(new StockChanged(w.id, item, w.areaCode, after, after < now[1]));
    return new LedgerEntry(id, w.id, item, kind, quantity, after, counterpart, actor, reason, at.toInstant());
  }

  /** {quantity, minimum} of the item in the warehouse, creating the zero row when there is none. */
  private long[] current(long warehouseId, String item) {
    List<long[]> found = jdbc.sql("select quantity, minimum from resources_stock where warehouse_id = ? and item_code = ?")
        .params(warehouseId, item).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    if (found.isEmpty()) {
      jdbc.sql("insert into resources_stock (warehouse_id, item_code, quantity, minimum) values (?, ?, 0, 0)")
          .params(warehouseId, item).update();
      return new long[] {0, 0};
    }
    return found.get(0);
  }

  void setMinimum(long warehouseId, String item, long minimum) {
    requireItem(item);
    lock(warehouseId);
    current(warehouseId, item);
    jdbc.sql("update resources_stock set minimum = ? where warehouse_id = ? and item_code = ?")
        .params(minimum, warehouseId, item).update();
  }

  List<StockLine> stock(long warehouseId) {
    return jdbc.sql(LINE + " where s.warehouse_id = ? order by s.item_code").param(warehouseId).query(StockLedger::line).list();
  }

  StockLine line(long warehouseId, String item) {
    return jdbc.sql(LINE + " where s.warehouse_id = ? and s.item_code = ?").params(warehouseId, item)
        .query(StockLedger::line).single();
  }

  List<StockLine> belowMinimum(Collection<String> areaCodes) {
    return jdbc.sql(LINE + " where s.quantity < s.minimum and w.area_code in (:areas) order by w.area_code, w.name, s.item_code")
        .param("areas", areaCodes).query(StockLedger::line).list();
  }

  List<LedgerEntry> ledger(long warehouseId, int limit) {
    return jdbc.sql("""
            select id, warehouse_id, item_code, kind, quantity, balance_after, counterpart, actor, reason, at
            from resources_ledger where warehouse_id = ? order by id desc limit ?""").params(warehouseId, limit)
        .query((rs, n) -> new LedgerEntry(rs.getLong("id"), rs.getLong("warehouse_id"), rs.getString("item_code"),
            LedgerKind.valueOf(rs.getString("kind")), rs.getLong("quantity"), rs.getLong("balance_after"),
            (Long) rs.getObject("counterpart", Long.class), rs.getString("actor"), rs.getString("reason"),
            rs.getObject("at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Item code → quantity, for every warehouse (or one), items with stock only. */
  Map<Long, Map<String, Long>> holdings(Long warehouseId) {
    Map<Long, Map<String, Long>> all = new HashMap<>();
    jdbc.sql("select warehouse_id, item_code, quantity from resources_stock where quantity > 0"
            + (warehouseId == null ? "" : " and warehouse_id = " + warehouseId))
        .query(rs -> {
          all.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
    return all;
  }

  private static StockLine line(ResultSet rs, int n) throws SQLException {
    long quantity = rs.getLong("quantity");
    long minimum = rs.getLong("minimum");
    return new StockLine(rs.getLong("warehouse_id"), rs.getString("warehouse_name"), rs.getString("area_code"),
        rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit"), quantity, minimum, quantity < minimum);
  }
}
