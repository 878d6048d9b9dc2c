package org.anlan.monitoring;

import java.time.Instant;

/**
 * An alarm as the list, the map and the live stream show it.
 *
 * @param triggerTime the time of the reading that raised it; {@code lastTime}/{@code lastValue} the latest one that changed it
 */
public record AlarmSummary(long id, String stationCode, String stationName, Double lon, Double lat, String sensorCode,
    String sensorKind, long ruleId, String ruleName, String areaCode, AlarmStatus status, AlarmLevel level, AlarmLevel peakLevel,
    Instant raisedAt, Instant triggerTime, Double triggerValue, Instant lastTime, Double lastValue, Instant levelChangedAt,
    Instant acknowledgedAt, String acknowledgedBy, Instant clearedAt, Instant closedAt, String closedBy, String assignee,
    long version) {}
