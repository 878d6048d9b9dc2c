package org.anlan.platform;

import java.time.Duration;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that arrives together, done together (group commit): callers on many threads {@link #submit} items; one
 * thread takes whatever is queued, up to {@code maxGroup}, and hands the group to {@code together} — typically one
 * transaction of a few statements instead of one transaction per item. A caller returns only after its group is
 * done (so what it was told is stored), with its own result or its own failure. A group that fails as a whole is
 * done again item by item, so one bad item costs only itself.
 *
 * @param <T> an item
 * @param <R> an item's result, in the order of the group ({@code together} returns one per item)
 */
public final class Groups<T, R> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Groups.class);

  private record Item<T, R>(T item, CompletableFuture<R> result) {}

  private final String name;
  private final int maxGroup;
  private final Duration wait;
  private final Function<List<T>, List<R>> together;
  private final ConcurrentLinkedQueue<Item<T, R>> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final ExecutorService worker;

  /**
   * @param name the worker thread's name (and the logs')
   * @param maxGroup the most items in one group
   * @param wait how long a caller waits for its group at most (then it fails; the group may still complete)
   * @param together does a group, returning one result per item in order
   */
  public Groups(String name, int maxGroup, Duration wait, Function<List<T>, List<R>> together) {
    this.name = name;
    this.maxGroup = maxGroup;
    this.wait = wait;
    this.together = together;
    this.worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Does the item with whichever others arrive meanwhile; returns its result or throws its failure. */
  public R submit(T item) {
    Item<T, R> queued = new Item<>(item, new CompletableFuture<>());
    queue.add(queued);
    if (draining.compareAndSet(false, true)) {
      worker.execute(this::drain);
    }
    try {
      return queued.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + ": interrupted while waiting for the group", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(name + ": not done within " + wait, e);
    }
  }

  /** Does groups until the queue is empty; exactly one drain runs at a time. */
  private void drain() {
    while (true) {
      List<Item<T, R>> group = new ArrayList<>();
      for (Item<T, R> i = queue.poll(); i != null; i = group.size() < maxGroup ? queue.poll() : null) {
        group.add(i);
      }
      if (group.isEmpty()) {
        draining.set(false);
        // an item queued after the poll but before the flag fell found the flag up and started no drain
        if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      run(group);
    }
  }

  private void run(List<Item<T, R>> group) {
    try {
      List<R> results = together.apply(group.stream().map(Item::item).toList());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).result().complete(results.get(i));
      }
    } catch (RuntimeException | Error e) {
      if (group.size() == 1) {
        group.get(0).result().completeExceptionally(e);
        return;
      }
      log.warn("{}: a group of {} failed ({}); doing them one by one", name, group.size(), e.toString());
      for (Item<T, R> i : group) {
        run(List.of(i));
      }
    }
  }

  @Override
  public void close() {
    worker.shutdown();
  }
}
