package org.anlan.duty;

/**
 * 值班岗位: the post a person holds on a shift, in the order "who is on duty" lists them (值班员 first, the
 * ones who pick up the phone). Written as the enum name (the Excel sheet takes the Chinese name too).
 */
public enum DutyPost {
  /** 值班员: answers the duty phone, passes warnings on, the first one called. */
  OFFICER("值班员", "Duty officer"),
  /** 带班领导: the leader who carries the shift and decides. */
  LEADER("带班领导", "Leader on duty"),
  /** 副班: a second officer backing the 值班员. */
  ASSISTANT("副班", "Assistant officer"),
  /** 技术保障: keeps the communications and systems running. */
  TECHNICIAN("技术保障", "Technical support"),
  /** 驾驶员: the standby driver. */
  DRIVER("驾驶员", "Standby driver");

  private final String zh;
  private final String en;

  DutyPost(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
