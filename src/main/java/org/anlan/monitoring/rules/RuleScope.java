package org.anlan.monitoring.rules;

import org.anlan.shared.RuleViolatedException;

/**
 * Where a rule applies: a sensor kind ({@code rain}, {@code level} …), optionally narrowed to an
 * industry, an area (with everything inside it) or one station — "一行业一措施、一镇街一方案".
 */
public record RuleScope(String sensorKind, String industry, String areaCode, String stationCode) {

  public RuleScope {
    if (sensorKind == null || sensorKind.isBlank()) {
      throw new RuleViolatedException("monitoring.rule-kind-missing");
    }
    industry = blankToNull(industry);
    areaCode = blankToNull(areaCode);
    stationCode = blankToNull(stationCode);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public boolean matches(SensorFacts sensor) {
    return sensorKind.equals(sensor.sensorKind())
        && (industry == null || industry.equals(sensor.industry()))
        && (areaCode == null || sensor.areaChain().contains(areaCode))
        && (stationCode == null || stationCode.equals(sensor.stationCode()));
  }

  /**
   * How specific the rule is for this sensor (higher wins): a station beats any area, an area beats an
   * industry, a nearer area beats a wider one, and an industry adds to an area.
   */
  public int specificity(SensorFacts sensor) {
    int score = 0;
    if (stationCode != null) {
      score += 1000;
    }
    if (areaCode != null) {
      score += 100 + 10 * (sensor.areaChain().size() - sensor.areaChain().indexOf(areaCode));
    }
    if (industry != null) {
      score += 50;
    }
    return score;
  }
}
