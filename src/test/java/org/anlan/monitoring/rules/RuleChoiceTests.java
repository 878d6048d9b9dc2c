package org.anlan.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.anlan.monitoring.AlarmLevel;
import org.junit.jupiter.api.Test;

class RuleChoiceTests {

  static final String VILLAGE = "500152110002";
  static final String TOWN = "500152110000";
  static final String DISTRICT = "500152000000";
  static final SensorFacts GAUGE = new SensorFacts(7, "rain", "ST001", List.of(VILLAGE, TOWN, DISTRICT), "HAZARDOUS_CHEMICALS",
      Duration.ofMinutes(5));

  static RuleDefinition rule(long id, String topic, RuleScope scope) {
    Condition c = new Condition(Aggregate.VALUE, null, Comparison.AT_LEAST, List.of(new Step(AlarmLevel.RED, 1, null)), 0, null, 0, false);
    return new RuleDefinition(id, "r" + id, topic, scope, Combine.ALL, List.of(c), null, null, true);
  }

  @Test
  void theMostSpecificRuleOfATopicWins() {
    RuleDefinition kind = rule(1, "rainfall", new RuleScope("rain", null, null, null));
    RuleDefinition industry = rule(2, "rainfall", new RuleScope("rain", "HAZARDOUS_CHEMICALS", null, null));
    RuleDefinition district = rule(3, "rainfall", new RuleScope("rain", null, DISTRICT, null));
    RuleDefinition town = rule(4, "rainfall", new RuleScope("rain", null, TOWN, null));
    RuleDefinition townIndustry = rule(5, "rainfall", new RuleScope("rain", "HAZARDOUS_CHEMICALS", TOWN, null));
    RuleDefinition station = rule(6, "rainfall", new RuleScope("rain", null, null, "ST001"));
    assertThat(RuleChoice.applicable(List.of(kind), GAUGE)).containsExactly(kind);
    assertThat(RuleChoice.applicable(List.of(kind, industry), GAUGE)).containsExactly(industry);
    assertThat(RuleChoice.applicable(List.of(kind, industry, district), GAUGE)).containsExactly(district);
    assertThat(RuleChoice.applicable(List.of(kind, industry, district, town), GAUGE)).containsExactly(town);
    assertThat(RuleChoice.applicable(List.of(town, townIndustry, district), GAUGE)).containsExactly(townIndustry);
    assertThat(RuleChoice.applicable(List.of(station, townIndustry, town, kind), GAUGE)).containsExactly(station);
    assertThat(RuleChoice.candidates(List.of(kind, station, town), GAUGE)).containsExactly(station, town, kind);
  }

  @Test
  void eachTopicHasItsOwnWinnerAndRulesThatDoNotMatchAreIgnored() {
    RuleDefinition rain = rule(1, "rainfall", new RuleScope("rain", null, null, null));
    RuleDefinition quiet = rule(2, "silence", new RuleScope("rain", null, null, null));
    RuleDefinition otherTown = rule(3, "rainfall", new RuleScope("rain", null, "500152113000", null));
    RuleDefinition otherKind = rule(4, "rainfall", new RuleScope("level", null, null, null));
    RuleDefinition otherIndustry = rule(5, "rainfall", new RuleScope("rain", "MINING", null, null));
    assertThat(RuleChoice.applicable(List.of(quiet, otherTown, rain, otherKind, otherIndustry), GAUGE)).containsExactly(rain, quiet);
  }

  @Test
  void aTieGoesToTheOlderRuleAndADisabledRuleNeverApplies() {
    RuleDefinition older = rule(1, "rainfall", new RuleScope("rain", null, TOWN, null));
    RuleDefinition newer = rule(2, "rainfall", new RuleScope("rain", null, TOWN, null));
    assertThat(RuleChoice.applicable(List.of(newer, older), GAUGE)).containsExactly(older);
    RuleDefinition off = new RuleDefinition(9, "off", "rainfall", new RuleScope("rain", null, null, "ST001"), Combine.ALL,
        older.conditions(), null, null, false);
    assertThat(RuleChoice.applicable(List.of(off, newer), GAUGE)).containsExactly(newer);
  }
}
