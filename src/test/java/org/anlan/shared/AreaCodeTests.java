package org.anlan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaCodeTests {

  @Test
  void aTwelveDigitCodeIsAccepted() {
    assertThat(AreaCode.of(" 500152110000 ").value()).isEqualTo("500152110000");
  }

  @Test
  void anythingElseBreaksTheRuleWithAStableCode() {
    for (String bad : new String[] {null, "", "50015211000", "5001521100001", "50015211000X"}) {
      assertThatThrownBy(() -> AreaCode.of(bad)).isInstanceOf(RuleViolatedException.class)
          .extracting(e -> ((RuleViolatedException) e).code()).isEqualTo("area.code-invalid");
    }
  }

  @Test
  void distancesAreGreatCircleMetres() {
    // one degree of latitude is about 111.2 km
    assertThat(new GeoPoint(105.8, 30.0).distanceMetres(new GeoPoint(105.8, 31.0))).isBetween(111_000.0, 111_400.0);
  }

  @Test
  void anOffsetLiesTheAskedDistanceAway() {
    GeoPoint centre = new GeoPoint(105.7434, 30.2190);
    for (double bearing : new double[] {0, Math.PI / 2, Math.PI, 4}) {
      assertThat(centre.distanceMetres(centre.offset(2_000, bearing))).isBetween(1_990.0, 2_010.0);
    }
    assertThat(centre.offset(1_000, 0).lat()).isGreaterThan(centre.lat());
    assertThat(centre.offset(1_000, Math.PI / 2).lon()).isGreaterThan(centre.lon());
  }

  @Test
  void pointsOutsideTheGlobeAreRejected() {
    assertThatThrownBy(() -> new GeoPoint(Double.NaN, 30)).isInstanceOf(RuleViolatedException.class);
    assertThatThrownBy(() -> new GeoPoint(200, 30)).isInstanceOf(RuleViolatedException.class);
  }
}
