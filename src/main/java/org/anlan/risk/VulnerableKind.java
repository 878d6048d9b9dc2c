package org.anlan.risk;

/** 重点人员类别: why a person needs a one-to-one helper to be moved in time. */
public enum VulnerableKind {
  ELDERLY_ALONE("独居老人"),
  DISABLED("残疾人"),
  BEDRIDDEN("卧床"),
  PREGNANT("孕妇"),
  CHILD_ALONE("留守儿童"),
  OTHER("其他");

  private final String zh;

  VulnerableKind(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }
}
