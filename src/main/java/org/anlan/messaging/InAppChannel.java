package org.anlan.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.platform.AfterCommit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 站内消息: writes the batch into the inbox in one transaction (the dispatcher's, which claims and records it too), then
 * pushes a live notice to the people online.
 */
@Component
class InAppChannel implements Channel {

  private final Inbox inbox;
  private final InboxStream stream;
  private final MessagingProperties properties;
  private final Clock clock;
  private final TransactionTemplate tx;

  InAppChannel(Inbox inbox, InboxStream stream, MessagingProperties properties, Clock clock, PlatformTransactionManager transactions) {
    this.inbox = inbox;
    this.stream = stream;
    this.properties = properties;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.IN_APP;
  }

  @Override
  public int batchSize() {
    return properties.inApp().batchSize();
  }

  @Override
  public boolean writesToDatabase() {
    return true;
  }

  @Override
  public List<Outcome> send(List<Envelope> batch) {
    tx.executeWithoutResult(t -> inbox.write(batch, clock.instant()));
    Map<Long, List<InboxStream.Notice>> byPerson = new LinkedHashMap<>();
    for (Envelope m : batch) {
      byPerson.computeIfAbsent(m.personId(), p -> new ArrayList<>())
          .add(new InboxStream.Notice(m.correlation(), m.subject(), m.answerLink()));
    }
    // in the dispatcher's transaction: tell the people online once their messages can be read
    AfterCommit.run(() -> stream.notify(byPerson));
    return batch.stream().map(m -> Outcome.sent(null)).toList();
  }
}
