package org.anlan.resources;

/** The level of a warehouse (物资仓库级别); it matches the level of its area. */
public enum WarehouseLevel {
  /** 区级仓库 */
  DISTRICT,
  /** 镇街仓库 */
  TOWN,
  /** 村社储备点 */
  VILLAGE
}
