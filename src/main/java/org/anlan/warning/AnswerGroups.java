package org.anlan.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-click answers in groups: when ten thousand people answer one red warning within minutes, the clicks that
 * arrive together are answered together, in one transaction of a few statements (calls locked in one query, the
 * answers in one batch, their pending steps cancelled in one update, the audit lines in one insert) instead of a
 * transaction of five statements each. A click waits for its group to commit before it is answered, so an
 * answer the person saw confirmed is stored. A group that fails as a whole (a database error) is retried click
 * by click, so one bad click costs only its own answer.
 */
@Component
class AnswerGroups implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AnswerGroups.class);

  /** Most clicks in one transaction. */
  static final int MAX_GROUP = 200;

  private final CalloutDesk desk;
  private final TransactionTemplate tx;
  private final ConcurrentLinkedQueue<Click> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "anlan-answers");
    t.setDaemon(true);
    return t;
  });

  AnswerGroups(CalloutDesk desk, PlatformTransactionManager transactions) {
    this.desk = desk;
    this.tx = new TransactionTemplate(transactions);
  }

  private record Click(CalloutDesk.LinkAnswer answer, CompletableFuture<CalloutDesk.LinkResult> result) {}

  /** Answers one click (with whichever others arrive meanwhile) and returns its page, or throws its problem. */
  CalloutDesk.AnswerPage answer(String token, String feedback) {
    Click click = new Click(new CalloutDesk.LinkAnswer(token, feedback), new CompletableFuture<>());
    queue.add(click);
    if (draining.compareAndSet(false, true)) {
      worker.execute(this::drain);
    }
    try {
      return click.result().get(30, TimeUnit.SECONDS).orThrow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the answer was being recorded", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the answer was not recorded within 30 s", e);
    }
  }

  /** Answers groups until the queue is empty; exactly one drain runs at a time. */
  private void drain() {
    while (true) {
      List<Click> group = new ArrayList<>();
      for (Click c = queue.poll(); c != null; c = group.size() < MAX_GROUP ? queue.poll() : null) {
        group.add(c);
      }
      if (group.isEmpty()) {
        draining.set(false);
        // a click queued after the poll but before the flag fell found the flag up and started no drain
        if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      answer(group);
    }
  }

  private void answer(List<Click> group) {
    try {
      List<CalloutDesk.LinkResult> results = tx.execute(t -> desk.answerByLinks(group.stream().map(Click::answer).toList()));
      for (int i = 0; i < group.size(); i++) {
        group.get(i).result().complete(results.get(i));
      }
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).result().completeExceptionally(e);
        return;
      }
      log.warn("A group of {} answers failed ({}); answering them one by one", group.size(), e.toString());
      for (Click c : group) {
        answer(List.of(c));
      }
    }
  }

  @Override
  public void destroy() {
    worker.shutdown();
  }
}
