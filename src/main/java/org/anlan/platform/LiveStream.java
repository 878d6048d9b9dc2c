package org.anlan.platform;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A live stream over Server-Sent Events (the alarm list, the inbox, the 叫应 board): subscribers, each with what the
 * stream needs to know of them ({@code S}: the user, a person, a warning), a {@code hello} event on subscribing, and
 * one sender thread per stream so a slow browser never holds up whoever has something to tell. A subscriber whose
 * connection fails is dropped. Stopping ends every stream first, so a graceful shutdown does not wait for browsers
 * that never hang up.
 *
 * @param <S> what the stream keeps of each subscriber
 */
public abstract class LiveStream<S> implements SmartLifecycle {

  private record Subscriber<S>(SseEmitter emitter, S who) {}

  private static final long TIMEOUT_MILLIS = 30 * 60_000L;

  private final String threadName;
  private final List<Subscriber<S>> subscribers = new CopyOnWriteArrayList<>();
  private volatile ExecutorService sender;
  private volatile boolean running;

  protected LiveStream(String threadName) {
    this.threadName = threadName;
    this.sender = newThread(threadName);
  }

  /** A new stream for {@code who}; it gets {@code hello} at once. */
  public SseEmitter subscribe(S who) {
    SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
    Subscriber<S> subscriber = new Subscriber<>(emitter, who);
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

  public boolean hasSubscribers() {
    return !subscribers.isEmpty();
  }

  public int subscriberCount() {
    return subscribers.size();
  }

  /** Runs the work on the stream's sender thread, after what was handed to it before (nothing once stopped). */
  protected void later(Runnable work) {
    try {
      sender.execute(work);
    } catch (RejectedExecutionException stopped) {
      // the stream stopped meanwhile: nobody is listening any more
    }
  }

  /**
   * Sends one event to each subscriber that {@code to} admits; for the sender thread ({@link #later}).
   *
   * @param id the event id, or null
   */
  protected void send(String name, String id, Object data, Predicate<S> to) {
    for (Subscriber<S> s : subscribers) {
      if (to.test(s.who())) {
        send(s, name, id, data);
      }
    }
  }

  /**
   * Sends each subscriber its own events (ids none), {@code eventsOf} giving the data of each, possibly none; for the
   * sender thread. One look-up per subscriber, where {@link #send(String, String, Object, Predicate)} per event would
   * ask every subscriber about every event.
   */
  protected void sendEach(String name, Function<S, ? extends Collection<?>> eventsOf) {
    for (Subscriber<S> s : subscribers) {
      for (Object data : eventsOf.apply(s.who())) {
        if (!send(s, name, null, data)) {
          break;
        }
      }
    }
  }

  /** One event to one subscriber; a failed connection drops it. Answers whether it went. */
  private boolean send(Subscriber<S> s, String name, String id, Object data) {
    try {
      SseEmitter.SseEventBuilder event = SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
      s.emitter().send(id == null ? event : event.id(id));
      return true;
    } catch (IOException | IllegalStateException e) {
      subscribers.remove(s);
      return false;
    }
  }

  protected static ExecutorService newThread(String name) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void start() {
    if (sender.isShutdown()) {
      sender = newThread(threadName);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    subscribers.forEach(s -> s.emitter().complete());
    subscribers.clear();
    sender.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
