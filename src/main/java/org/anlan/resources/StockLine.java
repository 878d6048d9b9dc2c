package org.anlan.resources;

/**
 * The stock (库存) of one item in one warehouse.
 *
 * @param minimum the minimum level (最低储备), 0 when none is set
 * @param belowMinimum quantity under the minimum
 */
public record StockLine(long warehouseId, String warehouseName, String areaCode, String itemCode, String itemName,
    String unit, long quantity, long minimum, boolean belowMinimum) {}
