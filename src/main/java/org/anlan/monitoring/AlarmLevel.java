package org.anlan.monitoring;

/**
 * 告警等级: the four levels of an alarm, lowest first, in the colours of the warning levels (一级 红 is the
 * highest; rules.md §2.1).
 */
public enum AlarmLevel {
  BLUE("蓝"), YELLOW("黄"), ORANGE("橙"), RED("红");

  private final String label;

  AlarmLevel(String label) {
    this.label = label;
  }

  /** The Chinese colour name: 蓝, 黄, 橙, 红. */
  public String label() {
    return label;
  }

  public boolean above(AlarmLevel other) {
    return other == null || compareTo(other) > 0;
  }
}
