package org.anlan.monitoring;

/** raised → acknowledged → cleared → closed; raised and acknowledged are "active" (one per sensor and rule). */
public enum AlarmStatus {
  RAISED, ACKNOWLEDGED, CLEARED, CLOSED;

  public boolean active() {
    return this == RAISED || this == ACKNOWLEDGED;
  }
}
