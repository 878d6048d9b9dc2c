package org.anlan.monitoring;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.Actor;
import org.anlan.shared.AreaCode;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 告警推送: the live alarm stream over Server-Sent Events. Every change of an alarm (raised, level,
 * acknowledged, cleared, closed …) goes, after commit, as an {@code alarm} event carrying its
 * {@link AlarmSummary} to each subscriber whose scope covers the alarm's area. Sending runs on its own
 * thread so a slow browser never holds up ingest.
 */
@Component
class AlarmStream implements SmartLifecycle {

  private record Subscriber(SseEmitter emitter, Actor actor) {}

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private volatile ExecutorService sender = newThread("alarm-stream");
  /**
   * Reads back the alarms whose state the stream does not know, then hands them to the sender: a raise does not wait
   * behind another batch's read-back (a database round trip, 1–16 ms under load).
   */
  private volatile ExecutorService reader = newThread("alarm-stream-read");
  private final AlarmQueries queries;
  private final Jurisdiction jurisdiction;

  AlarmStream(AlarmQueries queries, Jurisdiction jurisdiction) {
    this.queries = queries;
    this.jurisdiction = jurisdiction;
  }

  SseEmitter subscribe(Actor actor) {
    SseEmitter emitter = new SseEmitter(30 * 60_000L);
    Subscriber subscriber = new Subscriber(emitter, actor);
    subscribers.add(subscriber);
    emitter.onCompletion(() -> subscribers.remove(subscriber));
    emitter.onTimeout(() -> subscribers.remove(subscriber));
    emitter.onError(e -> subscribers.remove(subscriber));
    try {
      emitter.send(SseEmitter.event().name("hello").data("{\"subscribed\":true}", MediaType.APPLICATION_JSON));
    } catch (IOException e) {
      subscribers.remove(subscriber);
    }
    return emitter;
  }

  /** Sends the current state of these alarms to whoever may see them. */
  void changed(List<Long> alarmIds) {
    changed(List.of(), alarmIds);
  }

  /**
   * Sends these alarms as they are given (just raised: the writer knows all of it, so the stream does not read it back
   * — the live list sees a raise a database round trip sooner), and the current state of the others, read in one query
   * per 500 on a thread of its own. Each thread keeps its order, so an alarm's changes arrive in order (its raise is
   * queued before any change of it is read).
   */
  void changed(List<AlarmSummary> known, List<Long> alarmIds) {
    if (subscribers.isEmpty()) {
      return;
    }
    if (!known.isEmpty()) {
      sender.execute(() -> known.forEach(this::send));
    }
    if (!alarmIds.isEmpty()) {
      ExecutorService to = sender;
      reader.execute(() -> {
        for (int i = 0; i < alarmIds.size(); i += 500) {
          List<AlarmSummary> read = queries.findAll(alarmIds.subList(i, Math.min(alarmIds.size(), i + 500)));
          try {
            to.execute(() -> read.forEach(this::send));
          } catch (java.util.concurrent.RejectedExecutionException stopped) {
            return; // the stream stopped meanwhile
          }
        }
      });
    }
  }

  private void send(AlarmSummary alarm) {
    for (Subscriber s : subscribers) {
      if (!jurisdiction.covers(s.actor(), AreaCode.of(alarm.areaCode()))) {
        continue;
      }
      try {
        s.emitter().send(SseEmitter.event().name("alarm").id(String.valueOf(alarm.id())).data(alarm, MediaType.APPLICATION_JSON));
      } catch (IOException | IllegalStateException e) {
        subscribers.remove(s);
      }
    }
  }

  int subscriberCount() {
    return subscribers.size();
  }

  private volatile boolean running;

  private static ExecutorService newThread(String name) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void start() {
    if (sender.isShutdown()) {
      sender = newThread("alarm-stream");
    }
    if (reader.isShutdown()) {
      reader = newThread("alarm-stream-read");
    }
    running = true;
  }

  /** Ends every stream first, so a graceful shutdown does not wait for browsers that never hang up. */
  @Override
  public void stop() {
    running = false;
    subscribers.forEach(s -> s.emitter().complete());
    subscribers.clear();
    reader.shutdownNow();
    sender.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
