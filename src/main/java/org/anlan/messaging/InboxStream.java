package org.anlan.messaging;

import java.util.List;
import java.util.Map;
import org.anlan.platform.Actor;
import org.anlan.platform.LiveStream;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 站内消息推送: a live notice over Server-Sent Events to each logged-in user whose directory person got an
 * in-app message: an {@code inbox} event with its correlation, subject and link. Users not linked to a person
 * get only the {@code hello}. Sending runs on its own thread so a slow browser never holds up the dispatcher.
 */
@Component
class InboxStream extends LiveStream<Long> {

  /** The notice one person gets for one new message. */
  record Notice(String correlation, String subject, String link) {}

  InboxStream() {
    super("inbox-stream");
  }

  /** A stream for the user; their directory person's notices go to it (none without a person). */
  SseEmitter subscribe(Actor actor) {
    return subscribe(actor.personId());
  }

  /** Pushes the notices to the subscribers of each person (after the inbox rows are committed). */
  void notify(Map<Long, List<Notice>> byPerson) {
    if (!hasSubscribers() || byPerson.isEmpty()) {
      return;
    }
    later(() -> sendEach("inbox", person -> person == null ? List.of() : byPerson.getOrDefault(person, List.of())));
  }
}
