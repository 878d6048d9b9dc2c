package org.anlan.resources;

/** The kinds of resource "nearest available" can look for. */
public enum ResourceKind {
  /** 避难场所 with free places. */
  SHELTER,
  /** 救援队伍 on standby. */
  TEAM,
  /** 物资仓库 holding an item. */
  WAREHOUSE
}
