package org.anlan.monitoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.anlan.shared.RuleViolatedException;

/**
 * A monitoring rule as the engine sees it.
 *
 * @param topic rules compete within a topic (the most specific wins); a sensor may have one rule per topic,
 *     e.g. {@code rainfall} and {@code silence}
 * @param activeFrom with {@code activeTo}, the part of the year the rule runs (e.g. the flood season
 *     05-01 … 09-30; may wrap over New Year); both null: all year
 */
public record RuleDefinition(long id, String name, String topic, RuleScope scope, Combine combine, List<Condition> conditions,
    MonthDay activeFrom, MonthDay activeTo, boolean enabled) {

  public RuleDefinition {
    if (conditions == null || conditions.isEmpty() || conditions.size() > 8) {
      throw new RuleViolatedException("monitoring.rule-condition-incomplete");
    }
    conditions = List.copyOf(conditions);
    if ((activeFrom == null) != (activeTo == null)) {
      throw new RuleViolatedException("monitoring.rule-season-invalid");
    }
    combine = combine == null ? Combine.ALL : combine;
  }

  /** Whether the rule runs on the day of {@code time} (in {@code zone}). */
  public boolean activeAt(Instant time, ZoneId zone) {
    if (activeFrom == null) {
      return true;
    }
    MonthDay day = MonthDay.from(time.atZone(zone));
    return activeFrom.isAfter(activeTo)
        ? !day.isBefore(activeFrom) || !day.isAfter(activeTo)
        : !day.isBefore(activeFrom) && !day.isAfter(activeTo);
  }

  /** Whether one of the conditions looks at silence (and must be checked as time passes, not only on readings). */
  public boolean watchesSilence() {
    return conditions.stream().anyMatch(c -> c.aggregate() == Aggregate.SILENCE);
  }

  /**
   * The shortest silence, in minutes, at which a SILENCE condition of this rule reaches a level ({@code AT_LEAST}
   * thresholds; infinite when there is none): below it the rule cannot be silent yet.
   */
  public double shortestSilenceMinutes(Duration expectedInterval) {
    double shortest = Double.POSITIVE_INFINITY;
    for (Condition c : conditions) {
      if (c.aggregate() != Aggregate.SILENCE) {
        continue;
      }
      if (c.comparison() != Comparison.AT_LEAST) {
        return 0;
      }
      for (Step step : c.steps()) {
        double minutes = c.perInterval() ? step.threshold() * expectedInterval.toSeconds() / 60.0 : step.threshold();
        shortest = Math.min(shortest, minutes);
      }
    }
    return shortest;
  }

  /** How far back readings must be kept. */
  public Duration reach() {
    return conditions.stream().map(Condition::reach).max(Duration::compareTo).orElse(Duration.ZERO);
  }

  /** How many readings back must be kept (persistence in readings). */
  public int minimumReadings() {
    return conditions.stream().mapToInt(c -> c.holdReadings() + 1).max().orElse(1);
  }
}
