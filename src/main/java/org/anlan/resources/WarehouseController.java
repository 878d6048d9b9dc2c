package org.anlan.resources;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 物资仓库 warehouses, their stock and ledger, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/warehouses")
class WarehouseController {

  private final WarehouseDesk desk;
  private final Jurisdiction jurisdiction;

  WarehouseController(WarehouseDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "物资仓库列表 Warehouses whose area lies within ?area= (default: the caller's scope)")
  @GetMapping
  List<WarehouseSummary> list(@RequestParam(required = false) String area) {
    return desk.warehouses(jurisdiction.listRoot(area).code());
  }

  @Operation(summary = "物资品类 The items catalogue (code, name, unit)")
  @GetMapping("/items")
  List<Item> items() {
    return desk.items();
  }

  @Operation(summary = "低于最低储备 Items under their minimum level in warehouses within ?area= (default: the caller's scope)")
  @GetMapping("/below-minimum")
  List<StockLine> belowMinimum(@RequestParam(required = false) String area) {
    return desk.belowMinimum(jurisdiction.listRoot(area).code());
  }

  @Operation(summary = "一个物资仓库 One warehouse")
  @GetMapping("/{id}")
  WarehouseSummary one(@PathVariable long id) {
    return visible(id);
  }

  @Operation(summary = "库存 The warehouse's stock per item, with minimum levels")
  @GetMapping("/{id}/stock")
  List<StockLine> stock(@PathVariable long id) {
    visible(id);
    return desk.stock(id);
  }

  @Operation(summary = "台账 The latest ledger entries of the warehouse, newest first")
  @GetMapping("/{id}/ledger")
  List<LedgerEntry> ledger(@PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
    visible(id);
    return desk.ledger(id, limit);
  }

  @Operation(summary = "出入库/调拨 Record an IN, OUT or TRANSFER (to toWarehouseId) with the reason")
  @PostMapping("/{id}/ledger")
  @ResponseStatus(HttpStatus.CREATED)
  List<LedgerEntry> move(@PathVariable long id, @Valid @RequestBody MoveStock move) {
    return desk.move(id, move);
  }

  @Operation(summary = "最低储备 Set the minimum level of an item in the warehouse")
  @PutMapping("/{id}/minimums/{itemCode}")
  StockLine minimum(@PathVariable long id, @PathVariable String itemCode, @Valid @RequestBody Minimum body) {
    return desk.setMinimum(id, itemCode, body.minimum());
  }

  @Operation(summary = "新建物资仓库 Create a warehouse")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  WarehouseSummary create(@Valid @RequestBody SaveWarehouse command) {
    return desk.create(command);
  }

  @Operation(summary = "修改物资仓库 Change a warehouse (send the version read)")
  @PutMapping("/{id}")
  WarehouseSummary update(@PathVariable long id, @Valid @RequestBody SaveWarehouse command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除物资仓库 Delete an empty warehouse")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }

  private WarehouseSummary visible(long id) {
    WarehouseSummary warehouse = desk.warehouse(id);
    jurisdiction.requireVisible(AreaCode.of(warehouse.areaCode()));
    return warehouse;
  }

  /** The body of a minimum level. */
  record Minimum(@NotNull @Min(0) @Max(100_000_000) Long minimum) {}
}
