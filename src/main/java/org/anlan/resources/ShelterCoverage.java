package org.anlan.resources;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.area.Area;
import org.anlan.shared.AreaCode;

/**
 * 临时避灾点覆盖: which villages (村/社区) in an area have a usable temporary shelter of their own.
 *
 * @param areaCode the area checked
 * @param villages how many villages lie in it
 * @param uncoveredVillages the villages without one, in code order
 */
public record ShelterCoverage(String areaCode, int villages, int covered, int uncovered, List<Village> uncoveredVillages) {

  /** A village without a temporary shelter, with the town it lies in. */
  public record Village(String code, String name, String townCode, String townName) {}

  /**
   * Checks {@code villages} against {@code covered}, the area codes that hold a usable (OPEN or READY)
   * TEMPORARY_SHELTER; {@code towns} names the parent of each village.
   */
  static ShelterCoverage of(AreaCode area, Collection<Area> villages, Set<String> covered, Map<AreaCode, Area> towns) {
    List<Village> missing = villages.stream().filter(v -> !covered.contains(v.code().value()))
        .sorted(java.util.Comparator.comparing(Area::code))
        .map(v -> {
          Area town = v.parent() == null ? null : towns.get(v.parent());
          return new Village(v.code().value(), v.shortName(), town == null ? null : town.code().value(),
              town == null ? null : town.shortName());
        })
        .toList();
    return new ShelterCoverage(area.value(), villages.size(), villages.size() - missing.size(), missing.size(), missing);
  }
}
