package org.anlan.warning;

/**
 * 预警级别: the four warning levels of 《突发事件应对法》, 一级 (red) the highest. The colour names follow
 * the law; the CAP values for each level are configuration ({@link WarningProperties.Cap}).
 */
public enum WarningLevel {
  BLUE("蓝色", 4),
  YELLOW("黄色", 3),
  ORANGE("橙色", 2),
  RED("红色", 1);

  private final String label;
  private final int grade;

  WarningLevel(String label, int grade) {
    this.label = label;
    this.grade = grade;
  }

  /** 蓝色 … 红色. */
  public String label() {
    return label;
  }

  /** 四级 (4, blue) … 一级 (1, red). */
  public int grade() {
    return grade;
  }
}
