package org.anlan.resources;

import java.util.Map;
import org.anlan.shared.GeoPoint;

/** A warehouse as the nearest-available index holds it: where it is and what it holds (item code → quantity). */
record WarehouseSpot(long id, String name, WarehouseLevel level, Map<String, Long> stock, String areaCode, GeoPoint point)
    implements LocatedResource {

  /** Holding at least {@code minQty} (and at least one) of the item; any warehouse when no item is asked for. */
  boolean holds(String item, long minQty) {
    return item == null || item.isBlank() || stock.getOrDefault(item.trim(), 0L) >= Math.max(1, minQty);
  }

  long quantity(String item) {
    return item == null ? 0 : stock.getOrDefault(item.trim(), 0L);
  }
}
