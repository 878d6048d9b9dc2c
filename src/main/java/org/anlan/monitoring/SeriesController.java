package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Jurisdiction;
import org.anlan.monitoring.rules.Aggregate;
import org.anlan.monitoring.rules.Condition;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.Series;
import org.anlan.monitoring.rules.Step;
import org.anlan.shared.AreaCode;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 监测曲线: a sensor's readings for a chart, downsampled, with the thresholds of the rules that apply to it.
 * For windowed sums (rainfall) it also gives the rolling sum of each window a threshold uses, so the
 * thresholds can be drawn against the quantity they are compared with.
 */
@RestController
class SeriesController {

  private final StationCatalogue catalogue;
  private final ReadingStore store;
  private final RuleBook rules;
  private final Jurisdiction jurisdiction;
  private final Clock clock;

  SeriesController(StationCatalogue catalogue, ReadingStore store, RuleBook rules, Jurisdiction jurisdiction, Clock clock) {
    this.catalogue = catalogue;
    this.store = store;
    this.rules = rules;
    this.jurisdiction = jurisdiction;
    this.clock = clock;
  }

  /** A threshold of an applicable rule: drawn on {@code series} ("value" or a rolling window such as "sum-180"). */
  record Threshold(long ruleId, String ruleName, String topic, AlarmLevel level, double value, String aggregate, Integer windowMinutes,
      String series) {}

  /** The chart's data. */
  record Chart(String station, String sensor, Instant from, Instant to, List<ReadingStore.Point> points,
      Map<String, List<ReadingStore.Point>> rolling, List<Threshold> thresholds) {}

  @Operation(summary = "监测曲线 A sensor's series over ?from=&to= (default: the last 3 days), at most ?points= (default 500), with thresholds")
  @GetMapping("/api/v1/stations/{code}/series")
  Chart series(@PathVariable String code, @RequestParam String sensor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to, @RequestParam(defaultValue = "500") int points) {
    StationCatalogue.Entry station = catalogue.station(code);
    if (station == null) {
      throw new NotFoundException("monitoring.station-not-found", code);
    }
    jurisdiction.requireVisible(AreaCode.of(station.areaCode()));
    Long sensorId = station.sensorIds().get(sensor);
    if (sensorId == null) {
      throw new NotFoundException("monitoring.sensor-not-found", sensor, code);
    }
    Instant end = to == null ? clock.instant() : to.toInstant();
    Instant start = from == null ? end.minus(Duration.ofDays(3)) : from.toInstant();
    if (!start.isBefore(end) || Duration.between(start, end).toDays() > 92) {
      throw new RuleViolatedException("monitoring.series-range-invalid");
    }
    int max = Math.max(10, Math.min(points, 5000));
    List<Threshold> thresholds = new ArrayList<>();
    Map<String, Duration> sums = new LinkedHashMap<>();
    for (RuleDefinition rule : rules.rulesFor(catalogue.sensor(sensorId))) {
      for (Condition c : rule.conditions()) {
        for (Step s : c.steps()) {
          Duration w = c.aggregate().windowed() ? (s.window() != null ? s.window() : c.window()) : null;
          String on = c.aggregate() == Aggregate.SUM ? "sum-" + w.toMinutes() : c.aggregate() == Aggregate.VALUE ? "value" : null;
          if (c.aggregate() == Aggregate.SUM) {
            sums.put(on, w);
          }
          thresholds.add(new Threshold(rule.id(), rule.name(), rule.topic(), s.level(), s.threshold(), c.aggregate().name(),
              w == null ? null : (int) w.toMinutes(), on));
        }
      }
    }
    Map<String, List<ReadingStore.Point>> rolling = new LinkedHashMap<>();
    if (!sums.isEmpty()) {
      Duration longest = sums.values().stream().max(Duration::compareTo).orElseThrow();
      List<ReadingStore.Point> raw = store.series(sensorId, start.minus(longest), end, Integer.MAX_VALUE, false);
      Series series = new Series();
      raw.forEach(p -> series.add(p.time(), p.value()));
      List<ReadingStore.Point> shown = raw.stream().filter(p -> !p.time().isBefore(start)).toList();
      int stride = Math.max(1, shown.size() / max);
      sums.forEach((name, window) -> {
        List<ReadingStore.Point> line = new ArrayList<>();
        for (int i = 0; i < shown.size(); i += stride) {
          Instant t = shown.get(i).time();
          line.add(new ReadingStore.Point(t, series.aggregate(Aggregate.SUM, t, window).orElse(0)));
        }
        rolling.put(name, line);
      });
    }
    return new Chart(code, sensor, start, end, store.series(sensorId, start, end, max, "rain".equals(catalogue.sensor(sensorId).sensorKind())),
        rolling, thresholds);
  }
}
