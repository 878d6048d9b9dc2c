package org.anlan.monitoring;

/** 运行 reporting; 维护 under maintenance (readings kept, no silence alarms); 停用 retired (readings refused). */
public enum StationStatus {
  ACTIVE, MAINTENANCE, RETIRED
}
