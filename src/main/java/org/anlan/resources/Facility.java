package org.anlan.resources;

/** 设施: what a shelter offers. */
public enum Facility {
  /** 供水. */
  WATER,
  /** 供电. */
  POWER,
  /** 医疗. */
  MEDICAL,
  /** 厕所. */
  TOILETS,
  /** 厨房/供餐. */
  KITCHEN,
  /** 床铺被褥. */
  BEDDING,
  /** 广播. */
  BROADCAST,
  /** 无障碍设施. */
  ACCESSIBLE,
  /** 应急照明. */
  LIGHTING
}
