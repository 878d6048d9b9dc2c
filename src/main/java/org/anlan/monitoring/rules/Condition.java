package org.anlan.monitoring.rules;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.anlan.monitoring.AlarmLevel;
import org.anlan.shared.RuleViolatedException;

/**
 * One test of a rule: an {@link Aggregate} compared with a threshold per level.
 *
 * @param window the sliding window (10 min … 72 h) for windowed aggregates, unless a step has its own
 * @param hysteresis how far past a level's threshold the value must fall back before that level is left
 *     (same unit as the threshold); 0 leaves at the threshold itself
 * @param holdFor persistence: the level counts only after it held for this long (null: at once)
 * @param holdReadings persistence: … or in this many readings in a row (0: at once)
 * @param perInterval for SILENCE: thresholds are multiples of the station's expected interval, not minutes
 */
public record Condition(Aggregate aggregate, Duration window, Comparison comparison, List<Step> steps, double hysteresis,
    Duration holdFor, int holdReadings, boolean perInterval) {

  public static final Duration SHORTEST = Duration.ofMinutes(10);
  public static final Duration LONGEST = Duration.ofHours(72);

  public Condition {
    if (aggregate == null || comparison == null || steps == null || steps.isEmpty()) {
      throw new RuleViolatedException("monitoring.rule-condition-incomplete");
    }
    steps = steps.stream().sorted(Comparator.comparing(Step::level).reversed()).toList();
    EnumSet<AlarmLevel> seen = EnumSet.noneOf(AlarmLevel.class);
    for (Step step : steps) {
      if (step.level() == null || !seen.add(step.level()) || !Double.isFinite(step.threshold())) {
        throw new RuleViolatedException("monitoring.rule-step-invalid", step.level());
      }
      if (aggregate.windowed()) {
        requireWindow(step.window() != null ? step.window() : window);
      }
    }
    if (!Double.isFinite(hysteresis) || hysteresis < 0) {
      throw new RuleViolatedException("monitoring.rule-hysteresis-invalid", hysteresis);
    }
    if (holdReadings < 0 || holdReadings > 100 || (holdFor != null && (holdFor.isNegative() || holdFor.compareTo(LONGEST) > 0))) {
      throw new RuleViolatedException("monitoring.rule-hold-invalid");
    }
    if (holdFor != null && holdFor.isZero()) {
      holdFor = null;
    }
  }

  private static void requireWindow(Duration window) {
    if (window == null || window.compareTo(SHORTEST) < 0 || window.compareTo(LONGEST) > 0) {
      throw new RuleViolatedException("monitoring.rule-window-invalid", window == null ? "—" : window.toMinutes());
    }
  }

  /** The window one step looks at. */
  Duration windowOf(Step step) {
    return step.window() != null ? step.window() : window;
  }

  /** How far back readings must be kept for this condition. */
  Duration reach() {
    Duration longest = Duration.ZERO;
    for (Step step : steps) {
      Duration w = aggregate.windowed() ? windowOf(step) : Duration.ZERO;
      if (w.compareTo(longest) > 0) {
        longest = w;
      }
    }
    return holdFor == null ? longest : longest.plus(holdFor);
  }
}
