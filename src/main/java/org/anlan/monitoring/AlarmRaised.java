package org.anlan.monitoring;

import java.time.Instant;

/**
 * An alarm was raised: a rule reached a level for a sensor that had no active alarm of that rule.
 *
 * @param time the time of the reading that raised it (for silence: when the silence was noticed)
 * @param value that reading's value, or null for silence
 */
public record AlarmRaised(long alarmId, String stationCode, String stationName, String sensorCode, String sensorKind,
    String areaCode, long ruleId, String ruleName, AlarmLevel level, Instant time, Double value) {}
