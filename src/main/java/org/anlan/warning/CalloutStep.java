package org.anlan.warning;

/**
 * The steps of the 叫应 cascade, in the default order (docs/warning.md "叫应"):
 * NOTICE — the first message to the recipient; RESEND — again, on the next channel (a voice call);
 * DEPUTY — the recipient's AB岗 deputy; SUPERIOR — the responsible people of the area above and the duty
 * officers on shift.
 */
public enum CalloutStep {
  NOTICE("通知", "Notice"),
  RESEND("换渠道重发", "Resent on the next channel"),
  DEPUTY("通知AB岗", "Deputy (AB岗)"),
  SUPERIOR("上报上级和值班员", "Superior and duty officer");

  private final String zh;
  private final String en;

  CalloutStep(String zh, String en) {
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
