package org.anlan.monitoring.rules;

import java.time.Duration;
import org.anlan.monitoring.AlarmLevel;

/**
 * One level of a condition: reached when the aggregate over {@code window} (or the condition's window
 * when null) meets {@code threshold}. Levels may use different windows, as the 暴雨 signal does
 * (12 h ≥ 50 mm 蓝 … 3 h ≥ 100 mm 红).
 */
public record Step(AlarmLevel level, double threshold, Duration window) {}
