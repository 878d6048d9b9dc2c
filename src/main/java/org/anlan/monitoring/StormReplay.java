package org.anlan.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.anlan.shared.RuleViolatedException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 暴雨回放 (demo): replays a REAL hourly storm series (碧流河 basin, 2012 or 2020; see
 * {@code monitoring/rainfall/SOURCES.md}) onto the SYNTHETIC 潼南 rain gauges ({@code TN-RG-*}), one hour of
 * rain every {@code secondsPerHour} seconds, through the ingest check and pipeline every channel uses, so the
 * rules raise alarms on the map as they would in a real storm. The basin average is spread over the gauges by a
 * made-up storm cell that crosses the district from west to east: a gauge under the cell gets up to 1.7× the
 * basin value, one far from it 0.3× — the gauge values are synthetic. The replayed hours end at the current
 * hour; readings are idempotent, so replaying the same hours again adds nothing.
 */
@Component
class StormReplay {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StormReplay.class);

  /** What the replay is doing. */
  record Status(boolean running, String dataset, int hour, int hours, int gauges, long readings, Instant firstHour, Instant startedAt,
      String startedBy) {}

  static final Map<String, String> DATASETS = Map.of(
      "2020", "monitoring/rainfall/biliuhe-21401550-hourly-2020-08-29_09-04.csv",
      "2012", "monitoring/rainfall/biliuhe-21401550-hourly-2012-08-01_07.csv");

  private final StationCatalogue catalogue;
  private final Stations stations;
  private final ReadingCheck check;
  private final ReadingPipeline pipeline;
  private final JsonMapper json;
  private final Clock clock;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "storm-replay");
    t.setDaemon(true);
    return t;
  });
  private ScheduledFuture<?> task;
  private volatile Status status = new Status(false, null, 0, 0, 0, 0, null, null, null);

  StormReplay(StationCatalogue catalogue, Stations stations, ReadingCheck check, ReadingPipeline pipeline, JsonMapper json, Clock clock) {
    this.catalogue = catalogue;
    this.stations = stations;
    this.check = check;
    this.pipeline = pipeline;
    this.json = json;
    this.clock = clock;
  }

  Status status() {
    return status;
  }

  /** Starts a replay of the {@code hours} wettest consecutive hours of the dataset; refused while one runs. */
  synchronized Status start(String dataset, int hours, double secondsPerHour, String who) {
    if (status.running()) {
      throw new RuleViolatedException("monitoring.replay-running");
    }
    String file = DATASETS.get(dataset == null ? "2020" : dataset);
    if (file == null || hours < 3 || hours > 168 || secondsPerHour < 0.5 || secondsPerHour > 600) {
      throw new RuleViolatedException("monitoring.replay-invalid");
    }
    double[] series = wettest(read(file), hours);
    List<Gauge> gauges = gauges();
    if (gauges.isEmpty()) {
      throw new RuleViolatedException("monitoring.replay-no-gauges");
    }
    Instant first = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
    status = new Status(true, dataset == null ? "2020" : dataset, 0, hours, gauges.size(), 0, first, clock.instant(), who);
    long period = (long) (secondsPerHour * 1000);
    task = timer.scheduleAtFixedRate(() -> {
      try {
        step(series, gauges, first);
      } catch (RuntimeException e) {
        log.warn("storm replay: hour {} not sent, tried again: {}", status.hour(), e.toString());
      }
    }, 0, period, TimeUnit.MILLISECONDS);
    return status;
  }

  synchronized Status stop() {
    if (task != null) {
      task.cancel(false);
    }
    status = new Status(false, status.dataset(), status.hour(), status.hours(), status.gauges(), status.readings(), status.firstHour(),
        status.startedAt(), status.startedBy());
    return status;
  }

  private void step(double[] series, List<Gauge> gauges, Instant first) {
    Status s = status;
    if (!s.running() || s.hour() >= series.length) {
      stop();
      return;
    }
    int i = s.hour();
    Instant time = first.plus(Duration.ofHours(i));
    double progress = series.length == 1 ? 1 : (double) i / (series.length - 1);
    List<JsonNode> items = new ArrayList<>(gauges.size());
    for (Gauge g : gauges) {
      double mm = Math.round(series[i] * g.factor(progress) * 10) / 10.0;
      items.add(json.valueToTree(Map.of("station", g.code(), "sensor", "rain", "time", time.atOffset(ZoneOffset.ofHours(8)).toString(),
          "value", mm)));
    }
    ReadingCheck.Checked checked = check.check(items, null, station -> true);
    try {
      pipeline.submit(checked.readings()).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("storm replay: hour {} not stored, tried again: {}", i, e.toString());
      return;
    }
    status = new Status(true, s.dataset(), i + 1, s.hours(), s.gauges(), s.readings() + checked.readings().size(), s.firstHour(),
        s.startedAt(), s.startedBy());
    if (i + 1 >= series.length) {
      stop();
    }
  }

  /** A demo gauge and where the storm cell is relative to it. */
  private record Gauge(String code, double x, double y) {
    /** Share of the basin rain at this gauge when the cell has crossed {@code progress} (0…1) of the district. */
    double factor(double progress) {
      double cellX = -0.2 + 1.4 * progress;
      double d2 = (x - cellX) * (x - cellX) + (y - 0.5) * (y - 0.5);
      return 0.3 + 1.4 * Math.exp(-d2 / 0.08);
    }
  }

  /** The demo rain gauges with their place scaled to the district's extent (0…1 west→east, south→north). */
  private List<Gauge> gauges() {
    List<Station> rain = stations.findAll().stream()
        .filter(s -> s.kind == StationKind.RAIN && s.code.startsWith("TN-RG-") && s.status == StationStatus.ACTIVE && s.lon != null)
        .filter(s -> catalogue.station(s.code) != null).toList();
    double minX = rain.stream().mapToDouble(s -> s.lon).min().orElse(0);
    double maxX = rain.stream().mapToDouble(s -> s.lon).max().orElse(1);
    double minY = rain.stream().mapToDouble(s -> s.lat).min().orElse(0);
    double maxY = rain.stream().mapToDouble(s -> s.lat).max().orElse(1);
    return rain.stream().map(s -> new Gauge(s.code, scale(s.lon, minX, maxX), scale(s.lat, minY, maxY))).toList();
  }

  private static double scale(double v, double min, double max) {
    return max - min < 1e-9 ? 0.5 : (v - min) / (max - min);
  }

  static double[] read(String resource) {
    List<Double> values = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      int column = List.of(header.split(",")).indexOf("prcp_mm_per_hour");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          values.add(Double.parseDouble(line.split(",")[column]));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The {@code hours} consecutive hours with the most rain. */
  static double[] wettest(double[] series, int hours) {
    int n = Math.min(hours, series.length);
    int best = 0;
    double bestSum = -1;
    for (int i = 0; i + n <= series.length; i++) {
      double sum = 0;
      for (int k = i; k < i + n; k++) {
        sum += series[k];
      }
      if (sum > bestSum) {
        bestSum = sum;
        best = i;
      }
    }
    return java.util.Arrays.copyOfRange(series, best, best + n);
  }
}
