package org.anlan.resources;

/** A warehouse as read (without its stock: see {@link StockLine}). */
public record WarehouseSummary(long id, String name, WarehouseLevel level, String areaCode, double lon, double lat,
    String address, Long managerPersonId, String managerPhone, String note, long version) {}
