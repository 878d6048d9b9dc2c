package org.anlan.resources;

import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.anlan.shared.GeoPoint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 物资仓库: the warehouses and stock API — warehouses, the items catalogue, the stock ledger (in, out,
 * transfer; publishes {@link StockChanged} per entry) and minimum levels. Queries do not check the
 * caller's scope (the caller does); commands do, audit ({@value #AUDIT_TYPE}) and keep
 * {@link NearestResources} current.
 */
@Service
@Validated
@Transactional
public class WarehouseDesk {

  static final String AUDIT_TYPE = "resources.warehouse";

  private final Warehouses warehouses;
  private final StockLedger ledger;
  private final Siting siting;
  private final NearestResources nearest;
  private final AuditLog audit;
  private final CurrentActor actors;

  WarehouseDesk(Warehouses warehouses, StockLedger ledger, Siting siting, NearestResources nearest, AuditLog audit,
      CurrentActor actors) {
    this.warehouses = warehouses;
    this.ledger = ledger;
    this.siting = siting;
    this.nearest = nearest;
    this.audit = audit;
    this.actors = actors;
  }

  @Transactional(readOnly = true)
  public WarehouseSummary warehouse(long id) {
    return load(id).summary();
  }

  @Transactional(readOnly = true)
  public List<WarehouseSummary> warehouses(AreaCode within) {
    return warehouses.findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(siting.codesWithin(within)).stream()
        .map(Warehouse::summary).toList();
  }

  @Transactional(readOnly = true)
  public List<Item> items() {
    return ledger.items();
  }

  /** The warehouse's stock, every item it has held or has a minimum for. */
  @Transactional(readOnly = true)
  public List<StockLine> stock(long warehouseId) {
    load(warehouseId);
    return ledger.stock(warehouseId);
  }

  /** The latest {@code limit} ledger entries of the warehouse, newest first. */
  @Transactional(readOnly = true)
  public List<LedgerEntry> ledger(long warehouseId, int limit) {
    load(warehouseId);
    return ledger.ledger(warehouseId, Math.max(1, Math.min(limit, 500)));
  }

  /** Items under their minimum level in warehouses within {@code within}. */
  @Transactional(readOnly = true)
  public List<StockLine> belowMinimum(AreaCode within) {
    return ledger.belowMinimum(siting.codesWithin(within));
  }

  public WarehouseSummary create(@Valid SaveWarehouse command) {
    check(command);
    Warehouse warehouse = new Warehouse();
    warehouse.apply(command);
    warehouse.version = null;
    requireUniqueName(warehouse);
    return saved(warehouse, "create", null);
  }

  public WarehouseSummary update(long id, @Valid SaveWarehouse command) {
    Warehouse warehouse = load(id);
    siting.changeable(warehouse.areaCode);
    check(command);
    WarehouseSummary before = warehouse.summary();
    warehouse.apply(command);
    requireUniqueName(warehouse);
    return saved(warehouse, "update", before);
  }

  /** Only an empty warehouse can go (409 {@code resources.warehouse-not-empty}); its ledger goes with it. */
  public void delete(long id) {
    Warehouse warehouse = load(id);
    siting.changeable(warehouse.areaCode);
    if (ledger.stock(id).stream().anyMatch(s -> s.quantity() > 0)) {
      throw new ConflictException("resources.warehouse-not-empty", id);
    }
    WarehouseSummary before = warehouse.summary();
    warehouses.delete(warehouse);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
    nearest.warehouseDeleted(id);
  }

  /** 出入库/调拨: writes the ledger entries; an OUT beyond the stock is 422 {@code resources.stock-insufficient}. */
  public List<LedgerEntry> move(long warehouseId, @Valid MoveStock move) {
    Warehouse from = load(warehouseId);
    siting.changeable(from.areaCode);
    Warehouse to = null;
    if (move.kind() == MoveStock.Kind.TRANSFER) {
      if (move.toWarehouseId() == null) {
        throw new RuleViolatedException("resources.transfer-target-required");
      }
      if (move.toWarehouseId() == warehouseId) {
        throw new RuleViolatedException("resources.transfer-same-warehouse", warehouseId);
      }
      to = load(move.toWarehouseId());
      siting.changeable(to.areaCode);
    }
    List<LedgerEntry> entries = ledger.move(from, to, move, actors.writer().username());
    audit.record(AUDIT_TYPE, String.valueOf(warehouseId), from.areaCode, "stock." + move.kind().name().toLowerCase(),
        null, entries);
    nearest.warehouseSaved(spot(from));
    if (to != null) {
      nearest.warehouseSaved(spot(to));
    }
    return entries;
  }

  /** 最低储备: sets the minimum level of an item in the warehouse (0 for none). */
  public StockLine setMinimum(long warehouseId, String itemCode, long minimum) {
    Warehouse warehouse = load(warehouseId);
    siting.changeable(warehouse.areaCode);
    if (minimum < 0) {
      throw new RuleViolatedException("resources.minimum-invalid", minimum);
    }
    ledger.setMinimum(warehouseId, itemCode, minimum);
    StockLine line = ledger.line(warehouseId, itemCode);
    audit.record(AUDIT_TYPE, String.valueOf(warehouseId), warehouse.areaCode, "minimum", null, line);
    return line;
  }

  Warehouse load(long id) {
    return warehouses.findById(id).orElseThrow(() -> new NotFoundException("resources.warehouse-not-found", id));
  }

  private WarehouseSummary saved(Warehouse warehouse, String action, WarehouseSummary before) {
    Warehouse saved = warehouses.save(warehouse);
    WarehouseSummary after = saved.summary();
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), after.areaCode(), action, before, after);
    nearest.warehouseSaved(spot(saved));
    return after;
  }

  private WarehouseSpot spot(Warehouse w) {
    return new WarehouseSpot(w.id, w.name, w.level, ledger.holdings(w.id).getOrDefault(w.id, java.util.Map.of()),
        w.areaCode, new GeoPoint(w.lon, w.lat));
  }

  private void requireUniqueName(Warehouse w) {
    warehouses.findByNameAndAreaCode(w.name, w.areaCode).filter(other -> !other.id.equals(w.id)).ifPresent(other -> {
      throw new ConflictException("resources.name-taken", w.name, w.areaCode);
    });
  }

  private void check(SaveWarehouse command) {
    Area area = siting.changeable(command.areaCode());
    if (!area.level().name().equals(command.level().name())) {
      throw new RuleViolatedException("resources.warehouse-level-mismatch", command.level().name(), area.code().value());
    }
    siting.requireInside(command.lon(), command.lat());
    siting.requirePerson(command.managerPersonId(), "resources.manager-unknown");
  }
}
