package org.anlan.monitoring;

import java.time.Instant;

/** One accepted reading: a sensor's value at a time. (sensor, time) is its identity. */
record Reading(long sensorId, Instant time, double value) {}
