package org.anlan.resources;

import org.anlan.shared.GeoPoint;

/** A shelter as the nearest-available index holds it: where it is and whether it can take people. */
record ShelterSpot(long id, String name, ShelterType type, ShelterStatus status, int free, String areaCode, GeoPoint point)
    implements LocatedResource {

  /** Usable (OPEN or READY) with at least {@code minFree} places left (and at least one). */
  boolean takes(int minFree) {
    return status.usable() && free >= Math.max(1, minFree);
  }
}
