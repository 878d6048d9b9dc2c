package org.anlan.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acknowledges what the ingest workers committed without waiting for the disk once it is on the disk
 * (PostgreSQL, {@code anlan.monitoring.alarms-before-flush}; decision 0006). The workers hand over each batch's
 * acknowledgement after its commit and go on with the next batch; this one thread commits a tiny synchronous
 * transaction ({@link ReadingStore#awaitDurable}) whenever acknowledgements wait — its flush covers every commit
 * before it, of both workers — and then completes all of them: group commit across the workers, and no worker
 * waits for a flush. A failed flush is tried again until {@code patience} has passed; then the acknowledgements
 * fail (the readings are committed but unacknowledged: an MQTT message comes again, an HTTP sender sends again,
 * and the store counts them as duplicates).
 */
final class DurableAcks implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(DurableAcks.class);

  /** What to do once the batch is on disk, or if it cannot be made sure of. */
  record Pending(Runnable onDisk, Consumer<RuntimeException> failed) {}

  private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
  private final TransactionTemplate transactions;
  private final ReadingStore store;
  private final Duration patience;
  private volatile boolean running = true;

  DurableAcks(TransactionTemplate transactions, ReadingStore store, Duration patience) {
    this.transactions = transactions;
    this.store = store;
    this.patience = patience;
  }

  /** Called by a worker after its transaction committed (without waiting for the disk). */
  void after(Pending pending) {
    waiting.add(pending);
  }

  void resume() {
    running = true;
  }

  /** Stops after acknowledging what waits (the workers stop first). */
  void stop() {
    running = false;
  }

  @Override
  public void run() {
    List<Pending> round = new ArrayList<>();
    while (running || !waiting.isEmpty()) {
      try {
        Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        round.add(first);
        waiting.drainTo(round);
        RuntimeException failure = flush(round.size());
        for (Pending p : round) {
          try {
            if (failure == null) {
              p.onDisk().run();
            } else {
              p.failed().accept(failure);
            }
          } catch (RuntimeException e) {
            log.warn("an ingest acknowledgement failed", e);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        round.clear();
      }
    }
  }

  /** Makes the log durable up to now; tries again for {@code patience}; answers the last failure, or null. */
  private RuntimeException flush(int batches) throws InterruptedException {
    long giveUp = System.nanoTime() + patience.toNanos();
    long pause = 50;
    while (true) {
      try {
        transactions.executeWithoutResult(tx -> store.awaitDurable());
        return null;
      } catch (RuntimeException e) {
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > giveUp) {
          log.warn("ingest: the log flush failed; {} batches are not acknowledged: {}", batches, e.getMessage());
          return e;
        }
        Thread.sleep(pause);
        pause = Math.min(1000, pause * 2);
      }
    }
  }
}
