package org.anlan.monitoring.rules;

import static org.anlan.monitoring.AlarmLevel.BLUE;
import static org.anlan.monitoring.AlarmLevel.ORANGE;
import static org.anlan.monitoring.AlarmLevel.RED;
import static org.anlan.monitoring.AlarmLevel.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.anlan.monitoring.AlarmLevel;
import org.anlan.shared.RuleViolatedException;
import org.junit.jupiter.api.Test;

class EvaluatorTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);
  final Evaluator evaluator = new Evaluator(ZONE);

  static RuleDefinition rule(Condition... conditions) {
    return rule(Combine.ALL, conditions);
  }

  static RuleDefinition rule(Combine combine, Condition... conditions) {
    return new RuleDefinition(1, "test", "t", new RuleScope("rain", null, null, null), combine, List.of(conditions), null, null, true);
  }

  static Condition value(double hysteresis, Duration holdFor, int holdReadings, Step... steps) {
    return new Condition(Aggregate.VALUE, null, Comparison.AT_LEAST, List.of(steps), hysteresis, holdFor, holdReadings, false);
  }

  AlarmLevel level(RuleDefinition rule, Series s, AlarmLevel current) {
    return evaluator.level(rule, s, s.latest(), current, HOUR);
  }

  /** Hourly rain, one value per hour ending at T0 + i h. */
  static Series hourly(double... mm) {
    Series s = new Series();
    for (int i = 0; i < mm.length; i++) {
      s.add(T0.plus(HOUR.multipliedBy(i + 1)), mm[i]);
    }
    return s;
  }

  @Test
  void theRainstormDefaultsFollowTheSignalCriteriaAtTheirBoundaries() {
    RuleDefinition storm = rule(BuiltInRules.rainstorm());
    assertThat(level(storm, hourly(49.9), null)).isNull();
    assertThat(level(storm, hourly(10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0), null)).as("50 mm in 12 h").isEqualTo(BLUE);
    assertThat(level(storm, hourly(0, 0, 0, 10, 10, 10, 10, 9.9, 0, 0, 0, 0), null)).as("49.9 mm in 6 h, 12 h ≥ 50").isNull();
    assertThat(level(storm, hourly(0, 0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10), null)).as("50 mm in 5 h").isEqualTo(YELLOW);
    assertThat(level(storm, hourly(20, 20, 10), null)).as("50 mm in 3 h").isEqualTo(ORANGE);
    assertThat(level(storm, hourly(40, 30, 29.9), null)).as("99.9 mm in 3 h").isEqualTo(ORANGE);
    assertThat(level(storm, hourly(40, 30, 30), null)).as("100 mm in 3 h").isEqualTo(RED);
  }

  @Test
  void aWindowIsHalfOpenSoTheReadingAtItsStartIsOutside() {
    RuleDefinition threeHours = rule(new Condition(Aggregate.SUM, Duration.ofHours(3), Comparison.AT_LEAST,
        List.of(new Step(RED, 50, null)), 0, null, 0, false));
    assertThat(level(threeHours, hourly(30, 10, 10, 10), null)).as("30 at the window's start is out").isNull();
    assertThat(level(threeHours, hourly(30, 10, 10), null)).isEqualTo(RED);
  }

  @Test
  void aLateReadingCorrectsTheWindowsItFallsIn() {
    RuleDefinition storm = rule(BuiltInRules.rainstorm());
    Series s = new Series();
    s.add(T0.plus(HOUR.multipliedBy(3)), 40);
    s.add(T0.plus(HOUR.multipliedBy(1)), 40);
    assertThat(level(storm, s, null)).isEqualTo(ORANGE);
    assertThat(s.add(T0.plus(HOUR.multipliedBy(2)), 20)).as("the reading of hour 2 arrives last").isTrue();
    assertThat(level(storm, s, null)).isEqualTo(RED);
  }

  @Test
  void aDuplicateReadingIsIgnoredAndTheFirstValueStands() {
    Series s = hourly(20, 20, 10);
    assertThat(s.add(T0.plus(HOUR.multipliedBy(3)), 60)).isFalse();
    assertThat(s.size()).isEqualTo(3);
    assertThat(level(rule(BuiltInRules.rainstorm()), s, null)).isEqualTo(ORANGE);
  }

  @Test
  void aLevelIsLeftOnlyPastTheHysteresis() {
    RuleDefinition water = rule(value(0.2, null, 0, new Step(YELLOW, 5.0, null), new Step(RED, 6.0, null)));
    Series s = new Series();
    s.add(T0, 6.0);
    assertThat(level(water, s, null)).isEqualTo(RED);
    s.add(T0.plusSeconds(60), 5.9);
    assertThat(level(water, s, RED)).as("5.9 > 6.0 − 0.2: still red").isEqualTo(RED);
    s.add(T0.plusSeconds(120), 5.8);
    assertThat(level(water, s, RED)).as("5.8 is the edge: still red").isEqualTo(RED);
    s.add(T0.plusSeconds(180), 5.79);
    assertThat(level(water, s, RED)).isEqualTo(YELLOW);
    s.add(T0.plusSeconds(240), 4.85);
    assertThat(level(water, s, YELLOW)).isEqualTo(YELLOW);
    s.add(T0.plusSeconds(300), 4.79);
    assertThat(level(water, s, YELLOW)).isNull();
    assertThat(level(water, s, null)).as("without an open alarm 4.9 does not enter").isNull();
  }

  @Test
  void theLevelRisesAndFallsWithinOneAlarm() {
    RuleDefinition storm = rule(BuiltInRules.rainstorm());
    Series s = new Series();
    AlarmLevel current = null;
    double[] rain = {10, 10, 10, 10, 10, 0, 30, 40, 40, 0, 0, 0};
    List<AlarmLevel> seen = new java.util.ArrayList<>();
    for (int i = 0; i < rain.length; i++) {
      s.add(T0.plus(HOUR.multipliedBy(i + 1)), rain[i]);
      current = level(storm, s, current);
      seen.add(current);
    }
    assertThat(seen).containsExactly(null, null, null, null, YELLOW, YELLOW, YELLOW, ORANGE, RED, ORANGE, YELLOW, YELLOW);
  }

  @Test
  void persistenceInTimeNeedsTheLevelToHoldThroughTheWholeSpan() {
    RuleDefinition held = rule(value(0, Duration.ofMinutes(10), 0, new Step(ORANGE, 3.0, null)));
    Series s = new Series();
    s.add(T0, 3.5);
    assertThat(level(held, s, null)).as("no reading 10 min back yet").isNull();
    s.add(T0.plusSeconds(300), 3.2);
    s.add(T0.plusSeconds(600), 3.1);
    assertThat(level(held, s, null)).isEqualTo(ORANGE);
    s.add(T0.plusSeconds(900), 3.3);
    s.add(T0.plusSeconds(450), 2.9);
    assertThat(level(held, s, null)).as("a late low reading inside the span breaks it").isNull();
  }

  @Test
  void persistenceInReadingsNeedsThatManyInARow() {
    RuleDefinition held = rule(value(0, null, 3, new Step(YELLOW, 1.0, null)));
    Series s = new Series();
    s.add(T0, 1.5);
    s.add(T0.plusSeconds(60), 1.5);
    assertThat(level(held, s, null)).isNull();
    s.add(T0.plusSeconds(120), 1.2);
    assertThat(level(held, s, null)).isEqualTo(YELLOW);
    s.add(T0.plusSeconds(180), 0.5);
    assertThat(level(held, s, YELLOW)).as("leaving a level is at once").isNull();
  }

  @Test
  void rateOfRiseIsPerHourOverTheWindow() {
    RuleDefinition rising = rule(new Condition(Aggregate.RATE, Duration.ofMinutes(30), Comparison.AT_LEAST,
        List.of(new Step(ORANGE, 0.5, null)), 0, null, 0, false));
    Series s = new Series();
    s.add(T0, 10.0);
    assertThat(level(rising, s, null)).as("one reading has no rate").isNull();
    s.add(T0.plus(Duration.ofMinutes(30)), 10.24);
    assertThat(level(rising, s, null)).as("0.48 m/h").isNull();
    s.add(T0.plus(Duration.ofMinutes(40)), 10.35);
    assertThat(level(rising, s, null)).as("(10.35 − 10.24) over 10 min = 0.66 m/h; 10.0 is 40 min back, outside").isEqualTo(ORANGE);
  }

  @Test
  void silenceCountsFromTheLastReadingInExpectedIntervals() {
    RuleDefinition quiet = rule(BuiltInRules.silence());
    Series s = new Series();
    assertThat(evaluator.level(quiet, s, T0, null, HOUR)).as("never reported: not silent").isNull();
    s.add(T0, 1);
    assertThat(evaluator.level(quiet, s, T0.plus(Duration.ofMinutes(179)), null, HOUR)).isNull();
    assertThat(evaluator.level(quiet, s, T0.plus(Duration.ofHours(3)), null, HOUR)).isEqualTo(BLUE);
    assertThat(evaluator.level(quiet, s, T0.plus(Duration.ofHours(12)), BLUE, HOUR)).isEqualTo(YELLOW);
    assertThat(evaluator.level(quiet, s, T0.plus(Duration.ofMinutes(36)), null, Duration.ofMinutes(12))).isEqualTo(BLUE);
  }

  @Test
  void theShortestSilenceOfARuleIsItsLowestThresholdInMinutes() {
    assertThat(rule(BuiltInRules.silence()).shortestSilenceMinutes(HOUR)).as("3 intervals of 1 h").isEqualTo(180);
    assertThat(rule(BuiltInRules.silence()).shortestSilenceMinutes(Duration.ofMinutes(5))).isEqualTo(15);
    assertThat(rule(BuiltInRules.rainstorm()).shortestSilenceMinutes(HOUR)).isInfinite();
  }

  @Test
  void allTakesTheLowestLevelEveryConditionReachesAndAnyTheHighest() {
    Condition level = value(0, null, 0, new Step(YELLOW, 1, null), new Step(RED, 2, null));
    Condition rising = new Condition(Aggregate.RATE, Duration.ofHours(1), Comparison.AT_LEAST,
        List.of(new Step(YELLOW, 0.5, null)), 0, null, 0, false);
    Series s = new Series();
    s.add(T0, 1.5);
    s.add(T0.plus(Duration.ofMinutes(30)), 2.5);
    assertThat(level(rule(Combine.ALL, level, rising), s, null)).isEqualTo(YELLOW);
    assertThat(level(rule(Combine.ANY, level, rising), s, null)).isEqualTo(RED);
    s.add(T0.plus(Duration.ofMinutes(90)), 2.6);
    assertThat(level(rule(Combine.ALL, level, rising), s, null)).as("0.1 m/h: not rising").isNull();
  }

  @Test
  void aSeasonalRuleRunsOnlyInItsSeasonWhichMayWrapTheYear() {
    Condition c = value(0, null, 0, new Step(BLUE, 0, null));
    RuleDefinition flood = new RuleDefinition(1, "汛期", "t", new RuleScope("rain", null, null, null), Combine.ALL, List.of(c),
        MonthDay.of(5, 1), MonthDay.of(9, 30), true);
    RuleDefinition winter = new RuleDefinition(1, "冬", "t", new RuleScope("rain", null, null, null), Combine.ALL, List.of(c),
        MonthDay.of(11, 1), MonthDay.of(2, 28), true);
    assertThat(flood.activeAt(Instant.parse("2026-04-30T15:59:59Z"), ZONE)).as("2026-04-30 23:59 Beijing").isFalse();
    assertThat(flood.activeAt(Instant.parse("2026-04-30T16:00:00Z"), ZONE)).as("2026-05-01 00:00 Beijing").isTrue();
    assertThat(flood.activeAt(Instant.parse("2026-09-30T15:00:00Z"), ZONE)).isTrue();
    assertThat(flood.activeAt(Instant.parse("2026-10-01T00:00:00Z"), ZONE)).isFalse();
    assertThat(winter.activeAt(Instant.parse("2026-01-15T00:00:00Z"), ZONE)).isTrue();
    assertThat(winter.activeAt(Instant.parse("2026-07-15T00:00:00Z"), ZONE)).isFalse();
  }

  @Test
  void badConditionsAreRefusedWithAReason() {
    assertThatThrownBy(() -> new Condition(Aggregate.SUM, Duration.ofMinutes(5), Comparison.AT_LEAST,
        List.of(new Step(RED, 1, null)), 0, null, 0, false))
        .isInstanceOf(RuleViolatedException.class).hasFieldOrPropertyWithValue("code", "monitoring.rule-window-invalid");
    assertThatThrownBy(() -> new Condition(Aggregate.SUM, Duration.ofHours(73), Comparison.AT_LEAST,
        List.of(new Step(RED, 1, null)), 0, null, 0, false))
        .hasFieldOrPropertyWithValue("code", "monitoring.rule-window-invalid");
    assertThatThrownBy(() -> value(0, null, 0, new Step(RED, 1, null), new Step(RED, 2, null)))
        .hasFieldOrPropertyWithValue("code", "monitoring.rule-step-invalid");
    assertThatThrownBy(() -> value(-1, null, 0, new Step(RED, 1, null)))
        .hasFieldOrPropertyWithValue("code", "monitoring.rule-hysteresis-invalid");
    assertThatThrownBy(() -> value(0, null, 0, new Step(RED, Double.NaN, null)))
        .hasFieldOrPropertyWithValue("code", "monitoring.rule-step-invalid");
  }
}
