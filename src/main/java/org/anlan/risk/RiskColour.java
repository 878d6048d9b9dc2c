package org.anlan.risk;

/** 四色: 重大风险 红, 较大风险 橙, 一般风险 黄, 低风险 蓝 (安委办〔2016〕11号). */
public enum RiskColour {
  RED("红 · 重大风险", "red · major risk"),
  ORANGE("橙 · 较大风险", "orange · considerable risk"),
  YELLOW("黄 · 一般风险", "yellow · general risk"),
  BLUE("蓝 · 低风险", "blue · low risk");

  private final String zh;
  private final String en;

  RiskColour(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  Label label() {
    return new Label(name(), zh, en);
  }

  static RiskColour ofLetter(char letter) {
    return switch (letter) {
      case 'R' -> RED;
      case 'O' -> ORANGE;
      case 'Y' -> YELLOW;
      case 'B' -> BLUE;
      default -> throw new IllegalArgumentException("colour letter must be R, O, Y or B: " + letter);
    };
  }
}
