package org.anlan.monitoring.rules;

import java.time.Duration;
import java.util.List;
import org.anlan.monitoring.AlarmLevel;

/**
 * The rules every installation starts with; the bureau edits or overrides them.
 *
 * <ul>
 *   <li>Observed rainfall by the 暴雨 warning signal criteria (中国气象局令第16号; rules.md §2.2): 12 h ≥ 50 mm
 *       蓝, 6 h ≥ 50 mm 黄, 3 h ≥ 50 mm 橙, 3 h ≥ 100 mm 红. The signals are forecasts; here they are applied to
 *       what a gauge measured.</li>
 *   <li>Silence of any rain or water-level gauge: 3 expected intervals without data 蓝, 12 黄.</li>
 * </ul>
 */
public final class BuiltInRules {

  public static final String RAINFALL = "rainfall";
  public static final String SILENCE = "silence";

  private BuiltInRules() {}

  public static Condition rainstorm() {
    return new Condition(Aggregate.SUM, null, Comparison.AT_LEAST, List.of(
        new Step(AlarmLevel.BLUE, 50, Duration.ofHours(12)),
        new Step(AlarmLevel.YELLOW, 50, Duration.ofHours(6)),
        new Step(AlarmLevel.ORANGE, 50, Duration.ofHours(3)),
        new Step(AlarmLevel.RED, 100, Duration.ofHours(3))), 0, null, 0, false);
  }

  public static Condition silence() {
    return new Condition(Aggregate.SILENCE, null, Comparison.AT_LEAST, List.of(
        new Step(AlarmLevel.BLUE, 3, null), new Step(AlarmLevel.YELLOW, 12, null)), 0, null, 0, true);
  }
}
