package org.anlan.warning;

/**
 * 预警类型. {@code capCategory} is the CAP 1.2 category; {@code eventCode} the national feed's event-type
 * code where one has been seen (GB/T 35561-style, PARTLY VERIFIED, see docs/warning.md), else null.
 */
public enum WarningType {
  RAINSTORM("暴雨", "Rainstorm", "Met", "11B03"),
  FLASH_FLOOD("山洪", "Flash flood", "Geo", null),
  GEOLOGICAL("地质灾害", "Geological hazard", "Geo", null),
  FOREST_FIRE("森林火险", "Forest fire danger", "Fire", null),
  WEATHER("气象", "Weather", "Met", null),
  WORK_SAFETY("安全生产", "Work safety", "Safety", null),
  OTHER("其他", "Other", "Other", null);

  private final String label;
  private final String english;
  private final String capCategory;
  private final String eventCode;

  WarningType(String label, String english, String capCategory, String eventCode) {
    this.label = label;
    this.english = english;
    this.capCategory = capCategory;
    this.eventCode = eventCode;
  }

  public String label() {
    return label;
  }

  public String english() {
    return english;
  }

  public String capCategory() {
    return capCategory;
  }

  public String eventCode() {
    return eventCode;
  }
}
