package org.anlan.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one scheduler: a thread per node that claims due deadlines with row locks ({@code for update
 * skip locked}, so any number of nodes can run it and none fires a row another holds) and fires each
 * through its {@link DeadlineHandler}. A batch is one transaction. The deadlines of one kind in it are
 * first fired together ({@link DeadlineHandler#handleAll}) in one savepoint with marking them all done;
 * if that throws, each runs on its own in a savepoint together with marking it done, so one failing
 * handler rolls back only its own work: the failure is recorded and the deadline retried with back-off,
 * then ends FAILED. A deadline of a kind nobody handles ends FAILED at once. "Now" is the injected
 * {@link Clock}.
 */
@Component
public class DeadlineRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeadlineRunner.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SchedulerProperties properties;
  private final TransactionTemplate batch;
  private final TransactionTemplate step;
  private final Map<String, DeadlineHandler> handlers = new HashMap<>();
  private final String node;
  private volatile boolean running;
  private Thread thread;

  DeadlineRunner(JdbcClient jdbc, Clock clock, SchedulerProperties properties, PlatformTransactionManager transactions,
      List<DeadlineHandler> handlers) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.batch = new TransactionTemplate(transactions);
    this.step = new TransactionTemplate(transactions);
    this.step.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    for (DeadlineHandler handler : handlers) {
      DeadlineHandler other = this.handlers.putIfAbsent(handler.kind(), handler);
      if (other != null) {
        throw new IllegalStateException("two deadline handlers for kind " + handler.kind() + ": " + other.getClass().getName()
            + " and " + handler.getClass().getName());
      }
    }
    this.node = properties.nodeName().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : properties.nodeName();
  }

  /**
   * One pass: claims up to a batch of due deadlines (oldest due first) and fires them in one
   * transaction. The thread calls this; tests and benchmarks may call it directly, from several
   * threads at once.
   *
   * @return how many deadlines were claimed (fired, retried or failed)
   */
  public int fireDue() {
    Instant now = clock.instant();
    Integer claimed = batch.execute(tx -> {
      List<Deadline> due = jdbc.sql("""
              select id, kind, ref, due_at, payload, attempts from platform_deadline
              where status = 'PENDING' and due_at <= :now
              order by due_at, id
              limit :limit
              for update skip locked""")
          .param("now", Deadlines.utc(now)).param("limit", properties.batchSize())
          .query((rs, n) -> new Deadline(rs.getLong("id"), rs.getString("kind"), rs.getString("ref"),
              rs.getObject("due_at", OffsetDateTime.class).toInstant(), rs.getString("payload"), rs.getInt("attempts")))
          .list();
      Map<String, List<Deadline>> byKind = new LinkedHashMap<>();
      for (Deadline deadline : due) {
        byKind.computeIfAbsent(deadline.kind(), k -> new ArrayList<>()).add(deadline);
      }
      for (List<Deadline> ofKind : byKind.values()) {
        if (ofKind.size() == 1 || !fireTogether(ofKind, now)) {
          for (Deadline deadline : ofKind) {
            fire(deadline, now);
          }
        }
      }
      return due.size();
    });
    return claimed == null ? 0 : claimed;
  }

  /**
   * Fires deadlines of one kind through the handler's {@link DeadlineHandler#handleAll} in one savepoint and marks
   * them done in one statement; false (everything rolled back) when there is no handler or it threw.
   */
  private boolean fireTogether(List<Deadline> deadlines, Instant now) {
    DeadlineHandler handler = handlers.get(deadlines.get(0).kind());
    if (handler == null) {
      return false;
    }
    try {
      step.executeWithoutResult(tx -> {
        handler.handleAll(List.copyOf(deadlines));
        jdbc.sql("""
                update platform_deadline set status = 'DONE', attempts = attempts + 1, last_error = null, done_at = :now,
                  claimed_by = :node where id in (:ids)""")
            .param("now", Deadlines.utc(now)).param("node", node).param("ids", deadlines.stream().map(Deadline::id).toList())
            .update();
      });
      return true;
    } catch (RuntimeException e) {
      log.warn("{} deadlines of kind {} failed together ({}); firing them one by one", deadlines.size(), deadlines.get(0).kind(),
          e.toString());
      return false;
    }
  }

  private void fire(Deadline deadline, Instant now) {
    DeadlineHandler handler = handlers.get(deadline.kind());
    if (handler == null) {
      log.error("Deadline {} {} failed: no handler for kind {}", deadline.kind(), deadline.ref(), deadline.kind());
      finish(deadline, "FAILED", deadline.attempts() + 1, "no deadline handler for kind '" + deadline.kind() + "'", now);
      return;
    }
    try {
      step.executeWithoutResult(tx -> {
        handler.handle(deadline);
        finish(deadline, "DONE", deadline.attempts() + 1, null, now);
      });
    } catch (RuntimeException e) {
      int attempts = deadline.attempts() + 1;
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      error = error.length() > 1000 ? error.substring(0, 1000) : error;
      if (attempts >= properties.maxAttempts()) {
        log.error("Deadline {} {} failed for good after {} attempts", deadline.kind(), deadline.ref(), attempts, e);
        finish(deadline, "FAILED", attempts, error, now);
      } else {
        Instant retry = now.plus(properties.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20)));
        log.warn("Deadline {} {} failed (attempt {}), retry at {}: {}", deadline.kind(), deadline.ref(), attempts, retry, error);
        jdbc.sql("update platform_deadline set attempts = :attempts, last_error = :error, due_at = :retry, claimed_by = :node where id = :id")
            .param("attempts", attempts).param("error", error).param("retry", Deadlines.utc(retry)).param("node", node)
            .param("id", deadline.id()).update();
      }
    }
  }

  private void finish(Deadline deadline, String status, int attempts, String error, Instant now) {
    jdbc.sql("update platform_deadline set status = :status, attempts = :attempts, last_error = :error, done_at = :now, claimed_by = :node where id = :id")
        .param("status", status).param("attempts", attempts).param("error", error).param("now", Deadlines.utc(now))
        .param("node", node).param("id", deadline.id()).update();
  }

  private void loop() {
    while (running) {
      int claimed = 0;
      try {
        claimed = fireDue();
      } catch (RuntimeException e) {
        log.warn("Deadline scheduler pass failed; trying again in {}", properties.pollInterval(), e);
      }
      if (claimed < properties.batchSize()) {
        pause();
      }
    }
  }

  private synchronized void pause() {
    if (running) {
      try {
        wait(Math.max(1, properties.pollInterval().toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
  }

  /** Starts the thread (again, after a stop) unless {@code anlan.platform.scheduler.enabled} is false. */
  @Override
  public synchronized void start() {
    if (running || !properties.enabled()) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "anlan-deadlines");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops the thread after its current pass (no interrupt: a pass's transaction finishes or rolls back cleanly). */
  @Override
  public void stop() {
    Thread stopping;
    synchronized (this) {
      running = false;
      notifyAll();
      stopping = thread;
      thread = null;
    }
    if (stopping != null) {
      try {
        stopping.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public boolean isAutoStartup() {
    return properties.enabled();
  }
}
