package org.anlan.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anlan.platform.AfterCommit;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messaging API: queue messages in the caller's transaction (an outbox; they go out if and only if it
 * commits, each once) and ask what became of them.
 */
@Service
public class Messages {

  private final Outbox outbox;
  private final Deliveries deliveries;
  private final Dispatcher dispatcher;
  private final MessagingMetrics metrics;
  private final Clock clock;

  Messages(Outbox outbox, Deliveries deliveries, Dispatcher dispatcher, MessagingMetrics metrics, Clock clock) {
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Queues the messages with batched inserts. A message that cannot be sent at all (no address, no person for
   * the inbox) is stored FAILED with the reason rather than refused, so the caller sees it among the deliveries.
   * The dispatcher is woken once the transaction commits.
   */
  @Transactional
  public void queue(List<OutgoingMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    List<Outbox.Row> rows = new ArrayList<>(messages.size());
    Set<ChannelKind> kinds = EnumSet.noneOf(ChannelKind.class);
    for (OutgoingMessage m : messages) {
      if (m.correlation() == null || m.correlation().isBlank() || m.channel() == null || m.text() == null || m.text().isBlank()) {
        throw new RuleViolatedException("messaging.message-incomplete", String.valueOf(m.correlation()));
      }
      rows.add(new Outbox.Row(m, unsendable(m)));
      kinds.add(m.channel());
    }
    outbox.insert(rows, clock.instant());
    AfterCommit.run(() -> {
      rows.forEach(r -> metrics.queued(r.message().channel(), r.reason() != null));
      dispatcher.wake(kinds);
    });
  }

  /** What became of the messages whose correlation starts with one of the prefixes ({@code %} and {@code _} literal). */
  @Transactional(readOnly = true)
  public List<Delivery> deliveries(Collection<String> correlationPrefixes) {
    return deliveries.deliveries(List.copyOf(correlationPrefixes));
  }

  private static String unsendable(OutgoingMessage m) {
    boolean noAddress = m.address() == null || m.address().isBlank();
    return switch (m.channel()) {
      case IN_APP -> m.personId() == null ? "no person for the in-app inbox" : null;
      case SMS, VOICE -> noAddress ? "no mobile number" : null;
      case EMAIL -> noAddress ? "no e-mail address" : null;
    };
  }
}
