package org.anlan.monitoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.anlan.monitoring.AlarmLevel;

/**
 * Decides the level a rule reaches for one sensor. Windowed aggregates end at the sensor's latest
 * reading, so a late reading corrects the windows it falls in; silence is measured up to {@code now}.
 * A level is entered at its threshold and left only {@code hysteresis} past it; with persistence it is
 * entered only after it held for the given time or number of readings (and left at once).
 */
public final class Evaluator {

  private final ZoneId zone;

  public Evaluator(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The level reached, or null for none.
   *
   * @param current the level of the open alarm of this rule and sensor, or null
   */
  public AlarmLevel level(RuleDefinition rule, Series series, Instant now, AlarmLevel current, Duration expectedInterval) {
    return level(rule, series, now, current, expectedInterval, series.latest());
  }

  /**
   * As above, with silence measured from {@code heard}: when the sensor was last heard from (a backlog
   * uploaded late is not silence); null: it never reported.
   */
  public AlarmLevel level(RuleDefinition rule, Series series, Instant now, AlarmLevel current, Duration expectedInterval,
      Instant heard) {
    return levelAt(rule, series, series.latest(), now, current, expectedInterval, heard);
  }

  /**
   * The level as of the reading at {@code end} (windows end there; readings after it are not looked at):
   * how a burst of readings is walked through one by one, so each level it passes is seen.
   */
  public AlarmLevel levelAt(RuleDefinition rule, Series series, Instant end, Instant now, AlarmLevel current, Duration expectedInterval,
      Instant heard) {
    if (!rule.enabled() || !rule.activeAt(end != null ? end : now, zone)) {
      return null;
    }
    AlarmLevel combined = null;
    boolean first = true;
    for (Condition condition : rule.conditions()) {
      AlarmLevel level = level(condition, series, end, now, current, expectedInterval, heard);
      if (rule.combine() == Combine.ALL) {
        if (level == null) {
          return null;
        }
        combined = first || level.compareTo(combined) < 0 ? level : combined;
      } else if (level != null && level.above(combined)) {
        combined = level;
      }
      first = false;
    }
    return combined;
  }

  AlarmLevel level(Condition c, Series series, Instant end, Instant now, AlarmLevel current, Duration interval, Instant heard) {
    for (Step step : c.steps()) {
      boolean held = current != null && step.level().compareTo(current) <= 0;
      double threshold = step.threshold();
      if (c.aggregate() == Aggregate.SILENCE && c.perInterval()) {
        threshold *= interval.toSeconds() / 60.0;
      }
      if (held) {
        threshold = c.comparison().relaxed(threshold, c.hysteresis());
      }
      if (meets(c, step, threshold, series, end, now, held, heard)) {
        return step.level();
      }
    }
    return null;
  }

  private boolean meets(Condition c, Step step, double threshold, Series series, Instant end, Instant now, boolean held,
      Instant heard) {
    if (c.aggregate() == Aggregate.SILENCE) {
      if (heard == null) {
        return false; // a sensor that never reported is "not yet reporting", not silent
      }
      return c.comparison().met(Duration.between(heard, now).toSeconds() / 60.0, threshold);
    }
    if (end == null) {
      return false;
    }
    if (held || (c.holdReadings() == 0 && c.holdFor() == null)) {
      return meetsAt(c, step, threshold, series, end);
    }
    List<Instant> times;
    if (c.holdReadings() > 0) {
      times = series.lastTimes(end, c.holdReadings());
      if (times.size() < c.holdReadings()) {
        return false;
      }
    } else {
      Instant start = series.floor(end.minus(c.holdFor()));
      if (start == null) {
        return false;
      }
      times = new java.util.ArrayList<>(series.timesBetween(start.minusMillis(1), end));
    }
    for (Instant t : times) {
      if (!meetsAt(c, step, threshold, series, t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean meetsAt(Condition c, Step step, double threshold, Series series, Instant end) {
    OptionalDouble x = series.aggregate(c.aggregate(), end, c.windowOf(step));
    return x.isPresent() && c.comparison().met(x.getAsDouble(), threshold);
  }
}
