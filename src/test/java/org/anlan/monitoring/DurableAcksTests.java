package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acknowledgements after the log flush (decision 0006), without a database: the flush is a stand-in that can be
 * held or made to fail. PostgresIT and MonitoringCrashIT run the real one.
 */
class DurableAcksTests {

  /** A store whose flush is counted, can be held until released, and fails while {@code failing} is positive. */
  static final class Flushes extends ReadingStore {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger failing = new AtomicInteger();
    volatile CountDownLatch hold = new CountDownLatch(0);
    final CountDownLatch entered = new CountDownLatch(1);

    Flushes() {
      super(JdbcClient.create(h2()), h2());
    }

    static JdbcDataSource h2() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:durable-acks");
      return ds;
    }

    @Override
    void awaitDurable() {
      calls.incrementAndGet();
      entered.countDown();
      try {
        hold.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failing.getAndDecrement() > 0) {
        throw new IllegalStateException("connection lost");
      }
    }
  }

  /** Transactions that do nothing: the stand-in flush is the work. */
  static final class NoTransactions extends AbstractPlatformTransactionManager {
    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }

  final Flushes store = new Flushes();
  DurableAcks acks;
  Thread thread;

  void start(Duration patience) {
    acks = new DurableAcks(new TransactionTemplate(new NoTransactions()), store, patience);
    thread = new Thread(acks, "acks-test");
    thread.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    store.hold = new CountDownLatch(0);
    acks.stop();
    thread.join(5000);
  }

  static DurableAcks.Pending pending(CompletableFuture<String> f) {
    return new DurableAcks.Pending(() -> f.complete("on disk"), f::completeExceptionally);
  }

  /** Starts the acks and hands over one acknowledgement whose flush is held (until {@code store.hold} is released). */
  CompletableFuture<String> firstFlushHeld() throws InterruptedException {
    store.hold = new CountDownLatch(1);
    start(Duration.ofSeconds(5));
    CompletableFuture<String> first = new CompletableFuture<>();
    acks.after(pending(first));
    assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  @Test
  void nothing_is_acknowledged_before_a_flush_that_began_after_it_was_handed_over() throws Exception {
    CompletableFuture<String> first = firstFlushHeld();
    // handed over while the first flush runs: that flush may have begun before its commit, so it waits for the next
    CompletableFuture<String> second = new CompletableFuture<>();
    acks.after(pending(second));
    Thread.sleep(100);
    assertThat(first).isNotDone();
    assertThat(second).isNotDone();
    store.hold.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("on disk");
    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("on disk");
    assertThat(store.calls.get()).isEqualTo(2);
  }

  @Test
  void what_waits_together_shares_one_flush() throws Exception {
    firstFlushHeld();
    List<CompletableFuture<String>> batch = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 50; i++) {
      CompletableFuture<String> f = new CompletableFuture<>();
      batch.add(f);
      acks.after(pending(f));
    }
    store.hold.countDown();
    CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
    assertThat(store.calls.get()).as("the opener's flush, then one for the 50").isEqualTo(2);
  }

  @Test
  void a_failed_flush_is_tried_again_and_then_acknowledges() throws Exception {
    store.failing.set(2);
    start(Duration.ofSeconds(5));
    CompletableFuture<String> f = new CompletableFuture<>();
    acks.after(pending(f));
    assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo("on disk");
    assertThat(store.calls.get()).isEqualTo(3);
  }

  @Test
  void a_flush_that_keeps_failing_fails_the_acknowledgements_after_the_patience() throws Exception {
    store.failing.set(Integer.MAX_VALUE);
    start(Duration.ofMillis(300));
    CompletableFuture<String> f = new CompletableFuture<>();
    acks.after(pending(f));
    assertThat(f).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("connection lost");
    assertThat(store.calls.get()).isGreaterThan(1);
  }

  @Test
  void stopping_acknowledges_what_was_handed_over_first() throws Exception {
    start(Duration.ofSeconds(5));
    CompletableFuture<String> f = new CompletableFuture<>();
    acks.after(pending(f));
    acks.stop();
    thread.join(5000);
    assertThat(f).isCompletedWithValue("on disk");
  }
}
