package org.anlan.risk;

/** 行业: the safety-supervision industry of an enterprise (企业). */
public enum Industry {
  /** 危险化学品 */
  HAZARDOUS_CHEMICALS,
  /** 非煤矿山 */
  NON_COAL_MINE,
  /** 工贸 */
  INDUSTRY_TRADE,
  /** 油气 */
  OIL_GAS,
  /** 建设施工 */
  CONSTRUCTION,
  /** 烟花爆竹 */
  FIREWORKS,
  /** 其他 */
  OTHER
}
