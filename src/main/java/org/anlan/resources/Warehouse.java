package org.anlan.resources;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 物资仓库: a warehouse; its stock lives in the ledger ({@link StockLedger}). */
@Table("resources_warehouse")
class Warehouse {

  @Id Long id;
  @Version Long version;
  String name;
  WarehouseLevel level;
  String areaCode;
  double lon;
  double lat;
  String address;
  Long managerPersonId;
  String managerPhone;
  String note;

  void apply(SaveWarehouse c) {
    name = c.name().trim();
    level = c.level();
    areaCode = c.areaCode().trim();
    lon = c.lon();
    lat = c.lat();
    address = Text.orNull(c.address());
    managerPersonId = c.managerPersonId();
    managerPhone = Text.orNull(c.managerPhone());
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  WarehouseSummary summary() {
    return new WarehouseSummary(id, name, level, areaCode, lon, lat, address, managerPersonId, managerPhone, note,
        version == null ? 0 : version);
  }
}
