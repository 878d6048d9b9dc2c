package org.anlan.messaging;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.List;
import org.anlan.platform.Actor;
import org.anlan.platform.CurrentActor;
import org.anlan.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** 站内消息: the logged-in user's inbox (the messages of the directory person they are) and its live stream. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

  /** The inbox page: how many are unread, and the newest messages. */
  record InboxPage(int unread, List<Inbox.InboxItem> items) {}

  private final Inbox inbox;
  private final InboxStream stream;
  private final CurrentActor actors;
  private final Clock clock;

  InboxController(Inbox inbox, InboxStream stream, CurrentActor actors, Clock clock) {
    this.inbox = inbox;
    this.stream = stream;
    this.actors = actors;
    this.clock = clock;
  }

  @Operation(summary = "我的消息 The caller's in-app messages, newest first (?unread=true for unread only); empty for a user linked to no person")
  @GetMapping
  @Transactional(readOnly = true)
  InboxPage list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "100") int limit) {
    Long person = actors.get().personId();
    if (person == null) {
      return new InboxPage(0, List.of());
    }
    return new InboxPage(inbox.unread(person), inbox.of(person, unread, Math.max(1, Math.min(limit, 500))));
  }

  @Operation(summary = "标为已读 Mark one of the caller's messages read")
  @PostMapping("/{id}/read")
  @Transactional
  Inbox.InboxItem read(@PathVariable long id) {
    Actor actor = actors.get();
    Inbox.InboxItem item = actor.personId() == null ? null : inbox.one(id, actor.personId());
    if (item == null) {
      throw new NotFoundException("messaging.inbox-not-found", id);
    }
    inbox.markRead(id, clock.instant());
    return inbox.one(id, actor.personId());
  }

  @Operation(summary = "消息推送 Server-Sent Events: an 'inbox' event each time the caller's person gets an in-app message")
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream() {
    return stream.subscribe(actors.get());
  }
}
