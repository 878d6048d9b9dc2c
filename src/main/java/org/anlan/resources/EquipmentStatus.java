package org.anlan.resources;

/** The state of a piece of equipment (装备状态). */
public enum EquipmentStatus {
  /** 完好 */
  GOOD,
  /** 维修中 */
  UNDER_REPAIR,
  /** 报废 */
  SCRAPPED
}
