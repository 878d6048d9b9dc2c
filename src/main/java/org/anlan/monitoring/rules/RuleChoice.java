package org.anlan.monitoring.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks, per topic, the one rule that applies to a sensor: the most specific enabled rule whose scope
 * matches (station › nearer area › wider area › industry › kind only); on a tie the older rule (lower id).
 */
public final class RuleChoice {

  private RuleChoice() {}

  /** The winning rule of every topic that has a matching rule, ordered by topic. */
  public static List<RuleDefinition> applicable(List<RuleDefinition> rules, SensorFacts sensor) {
    Map<String, RuleDefinition> winners = rules.stream()
        .filter(r -> r.enabled() && r.scope().matches(sensor))
        .collect(Collectors.toMap(RuleDefinition::topic, Function.identity(), (a, b) -> better(a, b, sensor)));
    return winners.values().stream().sorted(Comparator.comparing(RuleDefinition::topic)).toList();
  }

  /** Every matching rule, best first: what the UI shows to explain why a rule applies. */
  public static List<RuleDefinition> candidates(List<RuleDefinition> rules, SensorFacts sensor) {
    return rules.stream().filter(r -> r.scope().matches(sensor))
        .sorted(Comparator.comparing(RuleDefinition::topic)
            .thenComparing(Comparator.comparingInt((RuleDefinition r) -> r.scope().specificity(sensor)).reversed())
            .thenComparingLong(RuleDefinition::id))
        .toList();
  }

  private static RuleDefinition better(RuleDefinition a, RuleDefinition b, SensorFacts sensor) {
    int sa = a.scope().specificity(sensor);
    int sb = b.scope().specificity(sensor);
    if (sa != sb) {
      return sa > sb ? a : b;
    }
    return a.id() <= b.id() ? a : b;
  }
}
