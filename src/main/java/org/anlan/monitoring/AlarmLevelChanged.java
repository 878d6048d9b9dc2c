package org.anlan.monitoring;

import java.time.Instant;

/** An active alarm rose or fell to another level (still above none). */
public record AlarmLevelChanged(long alarmId, String stationCode, String sensorCode, String areaCode, AlarmLevel from,
    AlarmLevel to, Instant time, Double value) {}
