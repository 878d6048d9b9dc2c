package org.anlan.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks incoming readings one by one, whatever the channel: known station (not retired) that the sender
 * may report for, known sensor, a time with its offset that is neither too far ahead nor too old, and a
 * finite number. Each bad item is refused with its own reason; the good ones go on.
 */
@Component
class ReadingCheck {

  /** A refused item: where it was in the batch, what it named, and why (a problem code and its arguments). */
  record Rejection(int index, String station, String sensor, String code, Object... args) {}

  /** The outcome of a batch: the readings that passed, the batch index of each, and the refusals. */
  record Checked(List<Reading> readings, List<Integer> indexes, List<Rejection> rejected) {}

  private final StationCatalogue catalogue;
  private final MonitoringProperties properties;
  private final Clock clock;

  ReadingCheck(StationCatalogue catalogue, MonitoringProperties properties, Clock clock) {
    this.catalogue = catalogue;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param items the JSON items
   * @param fixedStation the station every item is for (MQTT: from the topic), or null to read each item's {@code station}
   * @param mayReport whether the sender may report for a station
   */
  Checked check(List<JsonNode> items, String fixedStation, Predicate<StationCatalogue.Entry> mayReport) {
    Instant now = clock.instant();
    List<Reading> readings = new ArrayList<>(items.size());
    List<Integer> indexes = new ArrayList<>(items.size());
    List<Rejection> rejected = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String stationCode = fixedStation != null ? fixedStation : text(item, "station");
      String sensorCode = text(item, "sensor");
      Outcome outcome = check(item, stationCode, sensorCode, now, mayReport);
      if (outcome instanceof Accepted a) {
        readings.add(a.reading());
        indexes.add(i);
      } else if (outcome instanceof Refused r) {
        rejected.add(new Rejection(i, stationCode, sensorCode, r.code(), r.args()));
      }
    }
    return new Checked(readings, indexes, rejected);
  }

  /** What the check of one item gives: the reading, or the problem code and its arguments. */
  private sealed interface Outcome permits Accepted, Refused {}

  private record Accepted(Reading reading) implements Outcome {}

  private record Refused(String code, Object... args) implements Outcome {}

  private Outcome check(JsonNode item, String stationCode, String sensorCode, Instant now, Predicate<StationCatalogue.Entry> mayReport) {
    if (item == null || !item.isObject()) {
      return new Refused("monitoring.reading-malformed");
    }
    StationCatalogue.Entry station = catalogue.station(stationCode);
    if (station == null) {
      return new Refused("monitoring.reading-station-unknown", String.valueOf(stationCode));
    }
    if (!mayReport.test(station)) {
      return new Refused("monitoring.reading-not-permitted", stationCode);
    }
    if (station.status() == StationStatus.RETIRED) {
      return new Refused("monitoring.reading-station-retired", stationCode);
    }
    Long sensorId = sensorCode == null ? null : station.sensorIds().get(sensorCode);
    if (sensorId == null) {
      return new Refused("monitoring.reading-sensor-unknown", String.valueOf(sensorCode), stationCode);
    }
    Instant time;
    try {
      String t = text(item, "time");
      time = OffsetDateTime.parse(t == null ? "" : t).toInstant();
    } catch (DateTimeParseException e) {
      return new Refused("monitoring.reading-time-invalid", String.valueOf(text(item, "time")));
    }
    if (time.isAfter(now.plus(properties.maxFuture()))) {
      return new Refused("monitoring.reading-time-future", time.toString(), String.valueOf(properties.maxFuture().toMinutes()));
    }
    if (time.isBefore(now.minus(properties.maxAge()))) {
      return new Refused("monitoring.reading-time-past", time.toString(), String.valueOf(properties.maxAge().toDays()));
    }
    JsonNode value = item.get("value");
    if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
      return new Refused("monitoring.reading-value-invalid", value == null ? "—" : value.toString());
    }
    return new Accepted(new Reading(sensorId, time, value.asDouble()));
  }

  private static String text(JsonNode item, String field) {
    if (item == null || !item.isObject()) {
      return null;
    }
    JsonNode v = item.get(field);
    return v == null || !v.isString() ? null : v.asString();
  }
}
