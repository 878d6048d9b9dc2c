package org.anlan.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.shared.AreaCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The area module on its own (with the platform beneath it) seeds and answers the tree. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class AreaModuleTests {

  @Autowired AreaCatalogue areas;

  @Test
  void seedsTheRealDistrictAtStart() {
    assertThat(areas.root().name()).isEqualTo("潼南区");
    assertThat(areas.atLevel(AreaLevel.TOWN)).hasSize(23);
    assertThat(areas.atLevel(AreaLevel.VILLAGE)).hasSize(304);
    assertThat(areas.subtree(AreaCode.of("500152110000"))).allSatisfy(a -> assertThat(areas.isWithin(a.code(), AreaCode.of("500152110000"))).isTrue());
  }

  @Test
  void theDistrictOutlineIsFromTheSourceAndTownAreasAreEstimates() {
    assertThat(areas.boundary(areas.root().code())).hasValueSatisfying(b -> assertThat(b.source()).isEqualTo(LocationSource.SOURCE));
    assertThat(areas.boundary(AreaCode.of("500152110000"))).hasValueSatisfying(b -> assertThat(b.source()).isEqualTo(LocationSource.ESTIMATED));
    assertThat(areas.boundary(AreaCode.of("500152002000"))).isEmpty();
  }
}
