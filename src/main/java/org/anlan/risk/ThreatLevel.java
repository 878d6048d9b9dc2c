package org.anlan.risk;

/**
 * 险情等级: the scale of a danger zone by the people and property it threatens (地质灾害险情分级):
 * 特大型 ≥1000 people or ≥1亿元, 大型 ≥500 or ≥5000万, 中型 ≥100 or ≥500万, else 小型. The higher
 * of the two counts.
 */
public enum ThreatLevel {
  SMALL("小型"),
  MEDIUM("中型"),
  LARGE("大型"),
  HUGE("特大型");

  private final String zh;

  ThreatLevel(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }

  /** The level for {@code people} threatened and {@code propertyWan} 万元 of property threatened. */
  public static ThreatLevel of(long people, double propertyWan) {
    ThreatLevel byPeople = people >= 1000 ? HUGE : people >= 500 ? LARGE : people >= 100 ? MEDIUM : SMALL;
    ThreatLevel byProperty = propertyWan >= 10_000 ? HUGE : propertyWan >= 5_000 ? LARGE : propertyWan >= 500 ? MEDIUM : SMALL;
    return byPeople.ordinal() >= byProperty.ordinal() ? byPeople : byProperty;
  }
}
