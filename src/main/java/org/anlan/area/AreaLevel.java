package org.anlan.area;

/** The level of an administrative division. */
public enum AreaLevel {
  /** 区/县. */
  DISTRICT,
  /** 街道/镇/乡. */
  TOWN,
  /** 村/社区. */
  VILLAGE;

  static AreaLevel fromCsv(String value) {
    return AreaLevel.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
