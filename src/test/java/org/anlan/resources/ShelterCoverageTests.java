package org.anlan.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.area.Area;
import org.anlan.area.AreaLevel;
import org.anlan.shared.AreaCode;
import org.junit.jupiter.api.Test;

/** "Every village has a temporary shelter": counts and the list of villages that fail. */
class ShelterCoverageTests {

  static final Area TOWN = new Area(AreaCode.of("500152110000"), "双江镇", AreaLevel.TOWN, AreaCode.of("500152000000"), null, null);

  static Area village(String code, String name) {
    return new Area(AreaCode.of(code), name + "居民委员会", AreaLevel.VILLAGE, TOWN.code(), null, null);
  }

  @Test
  void villages_without_a_usable_temporary_shelter_are_listed_with_their_town() {
    List<Area> villages = List.of(village("500152110003", "金龙社区"), village("500152110001", "双江镇社区"),
        village("500152110002", "五里社区"));
    ShelterCoverage coverage = ShelterCoverage.of(TOWN.code(), villages, Set.of("500152110001"), Map.of(TOWN.code(), TOWN));
    assertThat(coverage.villages()).isEqualTo(3);
    assertThat(coverage.covered()).isEqualTo(1);
    assertThat(coverage.uncovered()).isEqualTo(2);
    assertThat(coverage.uncoveredVillages()).extracting(ShelterCoverage.Village::code).containsExactly("500152110002", "500152110003");
    assertThat(coverage.uncoveredVillages().get(0).name()).isEqualTo("五里社区");
    assertThat(coverage.uncoveredVillages().get(0).townName()).isEqualTo("双江镇");
  }

  @Test
  void an_area_whose_villages_all_have_one_reports_no_failures() {
    ShelterCoverage coverage = ShelterCoverage.of(TOWN.code(), List.of(village("500152110001", "双江镇社区")),
        Set.of("500152110001", "500152113001"), Map.of(TOWN.code(), TOWN));
    assertThat(coverage.uncovered()).isZero();
    assertThat(coverage.uncoveredVillages()).isEmpty();
  }
}
