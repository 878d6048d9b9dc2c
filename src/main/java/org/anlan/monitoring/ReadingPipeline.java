package org.anlan.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.anlan.monitoring.rules.Evaluator;
import org.anlan.shared.RuleViolatedException;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one ingest pipeline HTTP and MQTT feed: readings are split by sensor over the workers
 * ({@code anlan.monitoring.workers}), each of which stores, evaluates and raises in batches. Room in
 * the queues is bounded ({@code queue-capacity} readings): a submission waits for room up to
 * {@code submit-timeout} and is then refused as overloaded — back-pressure, never a silent drop.
 * Silence is looked at every {@code silence-check}.
 */
@Component
class ReadingPipeline implements SmartLifecycle {

  /** Refused for lack of room: HTTP answers 503, MQTT leaves the message unacknowledged. */
  static final class Overloaded extends RuntimeException {
    Overloaded() {
      super("ingest queue full", null, false, false);
    }
  }

  private final IngestWorker[] workers;
  private final List<Thread> threads = new ArrayList<>();
  private final Semaphore room;
  private final MonitoringProperties properties;
  private final Clock clock;
  private ScheduledExecutorService ticker;
  /** Acknowledges after the log flush what the workers committed without waiting for it; null: they wait themselves. */
  private final DurableAcks acks;
  private Thread acker;
  private volatile boolean running;

  ReadingPipeline(MonitoringProperties properties, ReadingStore store, StationCatalogue catalogue, RuleBook rules, ActiveAlarms active,
      AlarmWriter writer, LastSeen lastSeen, AlarmStream stream, TransactionTemplate transactions, Clock clock, IngestMetrics metrics) {
    this.properties = properties;
    this.clock = clock;
    this.room = new Semaphore(properties.queueCapacity());
    acks = properties.alarmsBeforeFlush() && store.postgres() ? new DurableAcks(transactions, store, properties.submitTimeout()) : null;
    var pipe = new IngestWorker.Pipeline(store, catalogue, rules, active, writer, lastSeen, stream, transactions,
        new Evaluator(clock.getZone()), clock, room, properties.maxBatch(), Math.max(1, properties.workers()),
        Math.max(1, properties.silenceSlice()), acks, metrics);
    workers = new IngestWorker[Math.max(1, properties.workers())];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = new IngestWorker(i, pipe);
    }
  }

  /**
   * Queues the readings; the future completes, after they are committed, with whether each was new (not a
   * duplicate). Throws {@link Overloaded} when there is no room within the submit timeout.
   */
  CompletableFuture<boolean[]> submit(List<Reading> readings) {
    if (readings.isEmpty()) {
      return CompletableFuture.completedFuture(new boolean[0]);
    }
    if (readings.size() > properties.queueCapacity()) {
      throw new RuleViolatedException("monitoring.readings-too-many", properties.queueCapacity());
    }
    try {
      if (!running || !room.tryAcquire(readings.size(), properties.submitTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Overloaded();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Overloaded();
    }
    int n = workers.length;
    List<List<Reading>> parts = new ArrayList<>(n);
    List<int[]> positions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parts.add(new ArrayList<>());
    }
    int[] owner = new int[readings.size()];
    for (int i = 0; i < readings.size(); i++) {
      int w = (int) Math.floorMod(readings.get(i).sensorId(), (long) n);
      owner[i] = w;
      parts.get(w).add(readings.get(i));
    }
    List<CompletableFuture<boolean[]>> futures = new ArrayList<>(n);
    for (int w = 0; w < n; w++) {
      CompletableFuture<boolean[]> f = new CompletableFuture<>();
      futures.add(f);
      if (parts.get(w).isEmpty()) {
        f.complete(new boolean[0]);
      } else {
        workers[w].offer(new IngestWorker.Store(parts.get(w), f));
      }
    }
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(x -> {
      boolean[] fresh = new boolean[readings.size()];
      int[] next = new int[n];
      for (int i = 0; i < fresh.length; i++) {
        fresh[i] = futures.get(owner[i]).join()[next[owner[i]]++];
      }
      return fresh;
    });
  }

  /** Look at silence now (also what the timer does). */
  void tick() {
    var now = new IngestWorker.Tick(clock.instant());
    for (IngestWorker w : workers) {
      w.offer(now);
    }
  }

  private void startTicking() {
    long period = properties.silenceCheck().toMillis();
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ingest-silence");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void start() {
    for (int i = 0; i < workers.length; i++) {
      workers[i].resume();
      Thread t = new Thread(workers[i], "ingest-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    if (acks != null) {
      acks.resume();
      acker = new Thread(acks, "ingest-acks");
      acker.setDaemon(true);
      acker.start();
    }
    startTicking();
    running = true;
  }

  /** Stops the ticker and the workers (they drain their queues first); {@link #start()} starts them again. */
  @Override
  public void stop() {
    running = false;
    if (ticker != null) {
      ticker.shutdownNow();
    }
    for (IngestWorker w : workers) {
      w.stop();
    }
    for (Thread t : threads) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
    if (acker != null) {
      acks.stop(); // after the workers: what they handed over is acknowledged first
      try {
        acker.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      acker = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops after the MQTT adapter (which stops first, at a higher phase) and before the database goes. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 100;
  }
}
