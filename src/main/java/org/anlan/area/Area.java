package org.anlan.area;

import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;

/**
 * One administrative division.
 *
 * @param parent null for the root (the district)
 * @param centre the centre point, or null when unknown
 * @param centreSource how trustworthy {@code centre} is
 */
public record Area(AreaCode code, String name, AreaLevel level, AreaCode parent, GeoPoint centre, LocationSource centreSource) {

  /** The name without the bureaucratic suffix: 莲花社区居民委员会 → 莲花社区. */
  public String shortName() {
    return name.replace("居民委员会", "").replace("村民委员会", "").replace("办事处", "");
  }
}
