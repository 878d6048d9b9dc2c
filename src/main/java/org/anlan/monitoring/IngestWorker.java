package org.anlan.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.anlan.monitoring.ActiveAlarms.Active;
import org.anlan.monitoring.AlarmWriter.Decision;
import org.anlan.monitoring.AlarmWriter.Outcome;
import org.anlan.monitoring.rules.Evaluator;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.SensorFacts;
import org.anlan.monitoring.rules.Series;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One ingest worker: owns a share of the sensors (their recent readings in memory), and turns queued
 * readings into stored readings and alarm changes, many submissions per transaction (group commit).
 * A submission's future completes only after its transaction committed and its log is on disk, which is when HTTP
 * answers 2xx and MQTT acknowledges. On PostgreSQL ({@code alarms-before-flush}) a worker commits without waiting for
 * the disk — the alarms go out at once — and {@link DurableAcks} completes the futures after the flush, while the
 * worker goes on with its next batch. If a transaction fails, the affected sensors' memory is dropped and read
 * again from the store next time.
 */
final class IngestWorker implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(IngestWorker.class);
  private static final Duration MARGIN = Duration.ofHours(1);

  sealed interface Job permits Store, Tick {}

  /** Readings to store; the future gets, per reading, whether it was new. */
  record Store(List<Reading> readings, CompletableFuture<boolean[]> done) implements Job {}

  /** Time passed: look at silence. */
  record Tick(Instant now) implements Job {}

  private final int index;
  private final Pipeline pipe;
  private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final Map<Long, Series> series = new HashMap<>();
  /** The sensors the last tick asked to look at for silence and not yet looked at: a slice goes with each transaction. */
  private final java.util.ArrayDeque<SensorFacts> silenceLeft = new java.util.ArrayDeque<>();
  private volatile boolean running = true;
  private long rulesSeen = -1;

  /** What the workers share. */
  record Pipeline(ReadingStore store, StationCatalogue catalogue, RuleBook rules, ActiveAlarms active, AlarmWriter writer,
      LastSeen lastSeen, AlarmStream stream, TransactionTemplate transactions, Evaluator evaluator, Clock clock, Semaphore room,
      int maxBatch, int workerCount, int silenceSlice, DurableAcks acks, IngestMetrics metrics) {}

  IngestWorker(int index, Pipeline pipe) {
    this.index = index;
    this.pipe = pipe;
  }

  void offer(Job job) {
    queue.add(job);
  }

  /** Lets {@link #run()} work again after a stop (a paused context restarted). */
  void resume() {
    running = true;
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    List<Job> jobs = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        Job first = queue.poll(silenceLeft.isEmpty() ? 200 : 0, TimeUnit.MILLISECONDS);
        if (first == null && silenceLeft.isEmpty()) {
          continue;
        }
        if (first != null) {
          jobs.add(first);
          int count = size(first);
          while (count < pipe.maxBatch() && queue.peek() != null) {
            Job next = queue.poll();
            jobs.add(next);
            count += size(next);
          }
        }
        process(jobs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("ingest worker {} failed a batch", index, e);
      } finally {
        jobs.clear();
      }
    }
  }

  private static int size(Job job) {
    return job instanceof Store s ? s.readings().size() : 0;
  }

  private void process(List<Job> jobs) {
    long rulesNow = pipe.rules().generation();
    if (rulesNow != rulesSeen) {
      series.clear();
      rulesSeen = rulesNow;
    }
    Instant now = pipe.clock().instant();
    List<Store> stores = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    boolean tick = false;
    for (Job job : jobs) {
      if (job instanceof Store s) {
        stores.add(s);
        readings.addAll(s.readings());
      } else {
        tick = true;
      }
    }
    if (tick) {
      silenceLeft.clear();
      for (SensorFacts facts : pipe.catalogue().allSensors()) {
        if (facts.sensorId() % pipe.workerCount() == index) {
          silenceLeft.add(facts);
        }
      }
    }
    List<SensorFacts> slice = new ArrayList<>();
    while (slice.size() < pipe.silenceSlice() && !silenceLeft.isEmpty()) {
      slice.add(silenceLeft.poll());
    }
    Set<Long> touched = new LinkedHashSet<>();
    readings.forEach(r -> touched.add(r.sensorId()));
    long started = System.nanoTime();
    try {
      List<Outcome> outcomes = new ArrayList<>();
      List<Long> superseded = new ArrayList<>();
      boolean[] fresh = pipe.transactions().execute(tx -> {
        boolean[] isNew = readings.isEmpty() ? new boolean[0] : pipe.store().insert(readings, now);
        Map<ActiveAlarms.Key, Active> pending = new HashMap<>();
        Map<Long, List<Instant>> points = remember(readings, isNew);
        for (long sensorId : touched) {
          decide(sensorId, points.get(sensorId), now, pending, outcomes);
        }
        if (!slice.isEmpty()) {
          long t = System.nanoTime();
          silence(slice, now, pending, outcomes);
          pipe.metrics().silenceChecked(System.nanoTime() - t);
        }
        superseded.addAll(pipe.writer().supersede(outcomes, now)); // one open alarm per (sensor, rule)
        if (pipe.acks() != null) {
          pipe.store().commitWithoutFlush();
        }
        return isNew;
      });
      afterCommit(readings, fresh, outcomes, superseded, now);
      pipe.metrics().stored(readings.size(), count(fresh), System.nanoTime() - started);
      if (pipe.acks() == null || stores.isEmpty()) { // a silence slice alone has nothing to acknowledge
        acknowledge(stores, fresh);
      } else {
        // the alarms are out (API, live stream) before the disk has the log; what is acknowledged has to be on it
        pipe.acks().after(new DurableAcks.Pending(() -> acknowledge(stores, fresh),
            e -> stores.forEach(s -> s.done().completeExceptionally(e))));
      }
    } catch (RuntimeException e) {
      touched.forEach(series::remove);
      stores.forEach(s -> s.done().completeExceptionally(e));
      pipe.metrics().failed(readings.size());
      log.warn("ingest worker {}: {} readings not stored: {}", index, readings.size(), e.getMessage());
    } finally {
      pipe.room().release(readings.size());
    }
  }

  /** Completes each submission of the batch with whether each of its readings was new. */
  private static void acknowledge(List<Store> stores, boolean[] fresh) {
    int offset = 0;
    for (Store s : stores) {
      boolean[] part = new boolean[s.readings().size()];
      System.arraycopy(fresh, offset, part, 0, part.length);
      offset += part.length;
      s.done().complete(part);
    }
  }

  private static int count(boolean[] fresh) {
    int n = 0;
    for (boolean b : fresh) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /**
   * Adds the new readings to the sensors' memory (reading the recent past from the store, in one query per group of
   * sensors, for each sensor not yet in memory — after the insert, so it includes this batch; a sensor {@link LastSeen}
   * has never seen has no past, and its memory is this batch) and returns, per sensor,
   * the times to evaluate at: each new reading after the latest one known before, in time order — or, when all were
   * late, just the latest (its windows are corrected).
   */
  private Map<Long, List<Instant>> remember(List<Reading> readings, boolean[] isNew) {
    Map<Long, Instant> loadUpTo = new HashMap<>();
    Map<Long, Series> loaded = new HashMap<>();
    for (int i = 0; i < readings.size(); i++) {
      Reading r = readings.get(i);
      if (!isNew[i] || series.containsKey(r.sensorId())) {
        continue;
      }
      if (pipe.lastSeen().of(r.sensorId()) == null) {
        // never stored before this batch: its history is this batch, no query needed
        loaded.computeIfAbsent(r.sensorId(), k -> new Series()).add(r.time(), r.value());
      } else {
        loadUpTo.merge(r.sensorId(), r.time(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    if (!loadUpTo.isEmpty()) {
      Map<Long, Instant> from = new HashMap<>(loadUpTo.size() * 2);
      loadUpTo.forEach((sensor, latest) -> from.put(sensor, latest.minus(reach(pipe.catalogue().sensor(sensor)))));
      loaded.putAll(pipe.store().load(from));
    }
    Map<Long, Instant> before = new HashMap<>();
    Map<Long, List<Instant>> points = new HashMap<>();
    for (int i = 0; i < readings.size(); i++) {
      Reading r = readings.get(i);
      if (!isNew[i]) {
        continue;
      }
      long sensor = r.sensorId();
      Series s = series.get(sensor);
      if (!before.containsKey(sensor)) {
        before.put(sensor, s != null && !loaded.containsKey(sensor) ? s.latest() : pipe.lastSeen().of(sensor));
      }
      Instant previous = before.get(sensor);
      if (previous == null || r.time().isAfter(previous)) {
        points.computeIfAbsent(sensor, k -> new ArrayList<>()).add(r.time());
      }
      if (s == null) {
        series.put(sensor, loaded.get(sensor)); // already holds this batch's readings
      } else if (!loaded.containsKey(sensor)) {
        s.add(r.time(), r.value());
      }
    }
    points.values().forEach(list -> list.sort(null));
    return points;
  }

  private Duration reach(SensorFacts facts) {
    Duration reach = MARGIN;
    if (facts != null) {
      for (RuleDefinition rule : pipe.rules().rulesFor(facts)) {
        reach = rule.reach().plus(MARGIN).compareTo(reach) > 0 ? rule.reach().plus(MARGIN) : reach;
      }
    }
    return reach;
  }

  /** Evaluates the sensor's rules at each of {@code at} (null: its latest reading), writing each change at once. */
  private void decide(long sensorId, List<Instant> at, Instant now, Map<ActiveAlarms.Key, Active> pending, List<Outcome> outcomes) {
    Series s = series.get(sensorId);
    if (s == null || s.isEmpty()) {
      return;
    }
    for (Instant end : at == null ? List.of(s.latest()) : at) {
      evaluate(sensorId, s, end, now, now, false, pending, outcomes);
    }
    SensorFacts facts = pipe.catalogue().sensor(sensorId);
    int keep = 1;
    for (RuleDefinition rule : facts == null ? List.<RuleDefinition>of() : pipe.rules().rulesFor(facts)) {
      keep = Math.max(keep, rule.minimumReadings());
    }
    s.trim(reach(facts), keep);
  }

  private void evaluate(long sensorId, Series s, Instant end, Instant now, Instant heard, boolean silenceOnly,
      Map<ActiveAlarms.Key, Active> pending, List<Outcome> outcomes) {
    SensorFacts facts = pipe.catalogue().sensor(sensorId);
    StationCatalogue.Entry station = pipe.catalogue().stationOf(sensorId);
    if (facts == null || station == null) {
      return;
    }
    for (RuleDefinition rule : pipe.rules().rulesFor(facts)) {
      if (silenceOnly && (!rule.watchesSilence() || station.status() != StationStatus.ACTIVE)) {
        continue;
      }
      ActiveAlarms.Key key = new ActiveAlarms.Key(sensorId, rule.id());
      Active current = pending.containsKey(key) ? pending.get(key) : pipe.active().get(sensorId, rule.id());
      AlarmLevel next = pipe.evaluator().levelAt(rule, s, end, now, current == null ? null : current.level(), facts.expectedInterval(),
          heard);
      if (current == null ? next != null : next != current.level()) {
        Instant time = silenceOnly || end == null ? now : end;
        Double value = silenceOnly || end == null ? null : finite(s.valueAt(end));
        Outcome outcome = pipe.writer().apply(new Decision(facts, station, rule, current, next, time, value), now);
        pending.put(key, outcome.after());
        outcomes.add(outcome);
      }
    }
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /**
   * Whether a silence rule of the sensor could change level now: it has an active alarm (which may rise or
   * clear), or it was heard from and has been quiet for at least the lowest threshold. Everything else —
   * nearly every sensor, nearly always — is skipped without evaluating, so the tick stays short.
   */
  private boolean maySilenceChange(SensorFacts facts, Instant now) {
    Instant heard = pipe.lastSeen().heard(facts.sensorId());
    for (RuleDefinition rule : pipe.rules().rulesFor(facts)) {
      if (!rule.watchesSilence()) {
        continue;
      }
      if (pipe.active().get(facts.sensorId(), rule.id()) != null) {
        return true;
      }
      if (heard != null && Duration.between(heard, now).toSeconds() / 60.0 >= rule.shortestSilenceMinutes(facts.expectedInterval())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Silence of these sensors (a slice of those this worker owns), measured from when each was last heard from. A tick
   * asks for all of them; they are looked at a slice per transaction, so the readings arriving meanwhile wait for one
   * slice at most.
   */
  private void silence(List<SensorFacts> sensors, Instant now, Map<ActiveAlarms.Key, Active> pending, List<Outcome> outcomes) {
    for (SensorFacts facts : sensors) {
      if (!maySilenceChange(facts, now)) {
        continue;
      }
      Series s = series.get(facts.sensorId());
      if (s == null) {
        Instant last = pipe.lastSeen().of(facts.sensorId());
        s = new Series();
        if (last != null) {
          s.add(last, Double.NaN);
        }
      }
      evaluate(facts.sensorId(), s, s.latest(), now, pipe.lastSeen().heard(facts.sensorId()), true, pending, outcomes);
    }
  }

  private void afterCommit(List<Reading> readings, boolean[] fresh, List<Outcome> outcomes, List<Long> superseded, Instant now) {
    for (int i = 0; i < readings.size(); i++) {
      pipe.lastSeen().saw(readings.get(i).sensorId(), readings.get(i).time(), now);
    }
    for (Outcome o : outcomes) {
      if (o.after() == null) {
        pipe.active().remove(o.decision().sensor().sensorId(), o.decision().rule().id());
      } else {
        pipe.active().put(o.after());
      }
    }
    if (!outcomes.isEmpty()) {
      // a raise goes out as written; an alarm changed further (or only changed) is read back in its final state, and so
      // is a cleared one a raise of its sensor and rule closed
      List<AlarmSummary> raised = new ArrayList<>();
      Map<Long, Outcome> last = new HashMap<>();
      List<Long> changed = new ArrayList<>(superseded);
      for (Outcome o : outcomes) {
        if (o.raised() != null) {
          raised.add(o.raised());
        }
        last.put(o.alarmId(), o);
      }
      last.values().stream().filter(o -> o.raised() == null).map(Outcome::alarmId).forEach(changed::add);
      pipe.stream().changed(raised, changed);
    }
  }
}
