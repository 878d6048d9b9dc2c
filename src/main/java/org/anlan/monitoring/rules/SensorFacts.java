package org.anlan.monitoring.rules;

import java.time.Duration;
import java.util.List;

/**
 * What rule selection needs to know of a sensor.
 *
 * @param areaChain the station's area and its ancestors, innermost first (村社, 镇街, 区)
 * @param industry the industry of the station's owner (a risk {@code Industry} code), or null
 */
public record SensorFacts(long sensorId, String sensorKind, String stationCode, List<String> areaChain, String industry,
    Duration expectedInterval) {

  public SensorFacts {
    areaChain = List.copyOf(areaChain);
  }
}
