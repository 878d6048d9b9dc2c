package org.anlan.monitoring;

import java.time.Instant;

/** The rule of an active alarm no longer reaches any level; the alarm waits for a person to close it. */
public record AlarmCleared(long alarmId, String stationCode, String sensorCode, String areaCode, AlarmLevel lastLevel,
    Instant time) {}
