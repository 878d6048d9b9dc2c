package org.anlan.messaging;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anlan.platform.Actor;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 站内消息推送: a live notice over Server-Sent Events to each logged-in user whose directory person got an
 * in-app message: an {@code inbox} event with its correlation, subject and link. Users not linked to a person
 * get only the {@code hello}. Sending runs on its own thread so a slow browser never holds up the dispatcher.
 */
@Component
class InboxStream implements SmartLifecycle {

  private record Subscriber(SseEmitter emitter, Long personId) {}

  /** The notice one person gets for one new message. */
  record Notice(String correlation, String subject, String link) {}

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private volatile ExecutorService sender = newSender();
  private volatile boolean running;

  SseEmitter subscribe(Actor actor) {
    SseEmitter emitter = new SseEmitter(30 * 60_000L);
    Subscriber subscriber = new Subscriber(emitter, actor.personId());
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

  /** Pushes the notices to the subscribers of each person (after the inbox rows are committed). */
  void notify(Map<Long, List<Notice>> byPerson) {
    if (subscribers.isEmpty() || byPerson.isEmpty()) {
      return;
    }
    sender.execute(() -> {
      for (Subscriber s : subscribers) {
        List<Notice> notices = s.personId() == null ? null : byPerson.get(s.personId());
        if (notices == null) {
          continue;
        }
        try {
          for (Notice notice : notices) {
            s.emitter().send(SseEmitter.event().name("inbox").data(notice, MediaType.APPLICATION_JSON));
          }
        } catch (IOException | IllegalStateException e) {
          subscribers.remove(s);
        }
      }
    });
  }

  private static ExecutorService newSender() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "inbox-stream");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void start() {
    if (sender.isShutdown()) {
      sender = newSender();
    }
    running = true;
  }

  /** Ends every stream first, so a graceful shutdown does not wait for browsers that never hang up. */
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
