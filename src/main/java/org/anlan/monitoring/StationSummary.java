package org.anlan.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A station as lists and the map show it.
 *
 * @param level the highest level among its active alarms, or null
 * @param lastReadingAt the time of the newest reading of any of its sensors, or null if it never reported
 */
public record StationSummary(long id, String code, String name, StationKind kind, String kindLabel, Double lon, Double lat,
    String areaCode, String ownerDepartment, String industry, String riskType, String riskId, int intervalSeconds,
    StationStatus status, List<SensorSummary> sensors, AlarmLevel level, Instant lastReadingAt, boolean hasToken, String note,
    long version) {

  /** A sensor of the station. */
  public record SensorSummary(long id, String code, String kind, String unit) {}
}
