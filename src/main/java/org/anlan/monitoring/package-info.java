/**
 * 监测预警: stations and sensors (rain, water level, displacement, crack, gas … gauges), ingest of their
 * readings over HTTP and MQTT into one pipeline, the reading store, the rules a bureau writes itself
 * (thresholds, sliding-window sums, rate of rise, persistence, silence; per kind, industry, town or
 * station) and the alarms they raise, with a live stream; stations by Excel too, and a storm replay for the
 * demo. Publishes {@link org.anlan.monitoring.AlarmRaised},
 * {@link org.anlan.monitoring.AlarmLevelChanged} and {@link org.anlan.monitoring.AlarmCleared}; the rule
 * engine itself is the internal package {@code rules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.anlan.monitoring;
