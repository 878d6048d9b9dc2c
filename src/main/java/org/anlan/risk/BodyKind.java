package org.anlan.risk;

/** 承灾体类型: 学校, 医院, 养老院, 水库, 桥梁, 集贸市场, 车站, 其他. */
public enum BodyKind {
  SCHOOL, HOSPITAL, NURSING_HOME, RESERVOIR, BRIDGE, MARKET, STATION, OTHER
}
