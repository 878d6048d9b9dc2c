package org.anlan.warning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anlan.platform.AfterCommit;
import org.anlan.platform.LiveStream;
import org.springframework.stereotype.Component;

/**
 * 叫应看板推送: tells the boards open on a warning that its calls changed — answered, escalated, a new round, closed —
 * with a {@code board} event {@code {"warningId": …}}; the board then reads itself again ({@code GET …/board}, which
 * keeps to the viewer's scope: the event carries no data). Changes are noted after their transaction commits and
 * told at most once per warning every {@value #EVERY_MILLIS} ms: ten thousand answers in a few seconds make a few
 * events, not ten thousand.
 */
@Component
class BoardStream extends LiveStream<Long> {

  static final long EVERY_MILLIS = 1000;

  private final Set<Long> changed = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService ticker;

  BoardStream() {
    super("board-stream");
  }

  /** Notes, after the caller's transaction commits, that these warnings' calls changed (nothing if no board is open). */
  void changed(Collection<Long> warningIds) {
    if (hasSubscribers() && !warningIds.isEmpty()) {
      List<Long> ids = List.copyOf(warningIds);
      AfterCommit.run(() -> changed.addAll(ids));
    }
  }

  void changed(long warningId) {
    changed(List.of(warningId));
  }

  /** Tells the boards of every warning noted since the last time. */
  void tell() {
    if (changed.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>(changed);
    changed.removeAll(ids);
    later(() -> ids.forEach(id -> send("board", null, Map.of("warningId", id), id::equals)));
  }

  @Override
  public synchronized void start() {
    super.start();
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "board-stream-tick");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleWithFixedDelay(this::tell, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    super.stop();
  }
}
