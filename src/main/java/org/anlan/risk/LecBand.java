package org.anlan.risk;

/** 危险程度: the five bands of LEC's D, highest first. */
enum LecBand {
  EXTREME("极其危险,不能继续作业", "extremely dangerous, stop work"),
  HIGH("高度危险,需立即整改", "highly dangerous, fix at once"),
  SIGNIFICANT("显著危险,需要整改", "significantly dangerous, needs fixing"),
  GENERAL("一般危险,需要注意", "dangerous, needs attention"),
  SLIGHT("稍有危险,可以接受", "slightly dangerous, acceptable");

  private final String zh;
  private final String en;

  LecBand(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  Label label() {
    return new Label(name(), zh, en);
  }
}
