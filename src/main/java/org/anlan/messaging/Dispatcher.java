package org.anlan.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due messages to their channels: {@code workers} threads per channel, woken when a queuing transaction commits and
 * every {@code poll-interval} otherwise (retries, messages queued on other nodes). Each round claims a batch
 * with row locks ({@code for update skip locked}) in a short transaction, sends it outside any transaction and
 * records each outcome; transient failures are retried with doubling back-off up to {@code max-attempts}.
 */
@Component
class Dispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);
  private final Map<ChannelKind, RateLimiter> limits = new EnumMap<>(ChannelKind.class);
  private volatile Map<ChannelKind, List<Worker>> workers = Map.of();
  private final Outbox outbox;
  private final MessagingProperties properties;
  private final MessagingMetrics metrics;
  private final Clock clock;
  private final TransactionTemplate tx;
  private volatile boolean running;

  Dispatcher(List<Channel> channels, Outbox outbox, MessagingProperties properties, MessagingMetrics metrics, Clock clock,
      PlatformTransactionManager transactions) {
    for (Channel channel : channels) {
      Channel other = this.channels.putIfAbsent(channel.kind(), channel);
      if (other != null) {
        throw new IllegalStateException("two channels of kind " + channel.kind() + ": " + other.getClass().getName()
            + " and " + channel.getClass().getName());
      }
      limits.put(channel.kind(), new RateLimiter(properties.rate(channel.kind())));
    }
    this.outbox = outbox;
    this.properties = properties;
    this.metrics = metrics;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Wakes the workers of these channels at once (called after a queuing transaction commits). */
  void wake(Collection<ChannelKind> kinds) {
    for (ChannelKind kind : kinds) {
      workers.getOrDefault(kind, List.of()).forEach(Worker::wake);
    }
  }

  /**
   * One round for one channel: claims up to a batch of due messages (as many as its rate limit allows), sends
   * them and records the outcomes. The threads call this; tests may call it directly.
   *
   * @return how many messages were claimed
   */
  int dispatch(ChannelKind kind) throws InterruptedException {
    Channel channel = channels.get(kind);
    if (channel == null) {
      return 0;
    }
    RateLimiter limit = limits.get(kind);
    int granted = limit.acquire(Math.max(1, channel.batchSize()));
    int[] counts = new int[Outcome.Kind.values().length];
    int claimed;
    if (channel.writesToDatabase()) {
      // claim, send and record in one transaction: nothing leaves the database, so nothing needs a lease
      claimed = tx.execute(t -> {
        List<Envelope> batch = outbox.claim(kind, granted, clock.instant(), null);
        if (!batch.isEmpty()) {
          outbox.record(results(channel, batch, counts), clock.instant(), false);
        }
        return batch.size();
      });
    } else {
      List<Envelope> batch = tx.execute(t -> outbox.claim(kind, granted, clock.instant(), properties.lease()));
      if (!batch.isEmpty()) {
        List<Outbox.Result> results = results(channel, batch, counts);
        tx.executeWithoutResult(t -> outbox.record(results, clock.instant(), true));
      }
      claimed = batch.size();
    }
    limit.refund(granted - claimed);
    for (Outcome.Kind k : Outcome.Kind.values()) {
      metrics.count(kind, k.name().toLowerCase(java.util.Locale.ROOT), counts[k.ordinal()]);
    }
    return claimed;
  }

  /** Sends the batch and decides each message's result, counting them by outcome. */
  private List<Outbox.Result> results(Channel channel, List<Envelope> batch, int[] counts) {
    long started = System.nanoTime();
    List<Outcome> outcomes = send(channel, batch);
    metrics.batch(channel.kind(), System.nanoTime() - started);
    Instant now = clock.instant();
    List<Outbox.Result> results = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Outbox.Result result = result(batch.get(i), outcomes.get(i), now);
      counts[result.outcome().ordinal()]++;
      results.add(result);
    }
    return results;
  }

  private static List<Outcome> send(Channel channel, List<Envelope> batch) {
    try {
      List<Outcome> outcomes = channel.send(batch);
      if (outcomes == null || outcomes.size() != batch.size()) {
        throw new IllegalStateException("channel " + channel.kind() + " answered " + (outcomes == null ? "nothing" : outcomes.size() + " outcomes")
            + " for " + batch.size() + " messages");
      }
      return outcomes;
    } catch (RuntimeException e) {
      log.warn("Channel {} failed a batch of {}", channel.kind(), batch.size(), e);
      Outcome retry = Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
      return batch.stream().map(m -> retry).toList();
    }
  }

  /** A transient failure on the last allowed try ends the message FAILED; earlier ones wait 1×, 2×, 4× … the delay. */
  private Outbox.Result result(Envelope message, Outcome outcome, Instant now) {
    if (outcome.kind() != Outcome.Kind.RETRY) {
      return new Outbox.Result(message, outcome.kind(), outcome.detail(), null);
    }
    if (message.attempt() >= properties.maxAttempts()) {
      return new Outbox.Result(message, Outcome.Kind.FAILED,
          "gave up after " + message.attempt() + " attempts: " + outcome.detail(), null);
    }
    Duration delay = properties.retryDelay().multipliedBy(1L << Math.min(message.attempt() - 1, 20));
    if (delay.compareTo(properties.maxRetryDelay()) > 0) {
      delay = properties.maxRetryDelay();
    }
    return new Outbox.Result(message, Outcome.Kind.RETRY, outcome.detail(), now.plus(delay));
  }

  /** The thread of one channel. */
  private final class Worker implements Runnable {

    private final ChannelKind kind;
    private final Thread thread;
    private boolean woken;

    Worker(ChannelKind kind, int index) {
      this.kind = kind;
      this.thread = new Thread(this, "anlan-messaging-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + index);
      this.thread.setDaemon(true);
    }

    synchronized void wake() {
      woken = true;
      notifyAll();
    }

    @Override
    public void run() {
      while (running) {
        int claimed = 0;
        try {
          claimed = dispatch(kind);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          log.warn("Messaging round of {} failed; trying again in {}", kind, properties.pollInterval(), e);
        }
        if (claimed == 0) {
          pause();
        }
      }
    }

    private synchronized void pause() {
      if (!woken && running) {
        try {
          wait(Math.max(1, properties.pollInterval().toMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      woken = false;
    }
  }

  /** Starts one thread per channel (again, after a stop) unless {@code anlan.messaging.enabled} is false. */
  @Override
  public synchronized void start() {
    if (running || !properties.enabled()) {
      return;
    }
    running = true;
    Map<ChannelKind, List<Worker>> started = new EnumMap<>(ChannelKind.class);
    for (ChannelKind kind : channels.keySet()) {
      List<Worker> threads = new ArrayList<>();
      for (int i = 1; i <= Math.max(1, properties.workers()); i++) {
        threads.add(new Worker(kind, i));
      }
      started.put(kind, List.copyOf(threads));
    }
    workers = started;
    started.values().forEach(list -> list.forEach(w -> w.thread.start()));
  }

  /** Stops the threads after their current round (a batch being sent is recorded first). */
  @Override
  public void stop() {
    List<Worker> stopping;
    synchronized (this) {
      running = false;
      stopping = workers.values().stream().flatMap(List::stream).toList();
      workers = Map.of();
    }
    for (Worker worker : stopping) {
      worker.wake();
    }
    for (Worker worker : stopping) {
      try {
        worker.thread.join(Duration.ofSeconds(30).toMillis());
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
