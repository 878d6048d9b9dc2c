package org.anlan.resources;

import org.anlan.shared.GeoPoint;

/**
 * A resource with a place, as the nearest-available index holds it. Shelters are the first kind;
 * rescue teams and warehouses implement it in the next part, each kind in its own index.
 */
interface LocatedResource {

  long id();

  String name();

  /** The town or village it belongs to, for scoping. */
  String areaCode();

  GeoPoint point();
}
