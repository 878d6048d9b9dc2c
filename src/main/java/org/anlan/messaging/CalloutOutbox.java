package org.anlan.messaging;

import java.util.Collection;
import java.util.List;
import org.anlan.warning.CalloutChannel;
import org.anlan.warning.CalloutDelivery;
import org.anlan.warning.CalloutMessage;
import org.anlan.warning.CalloutSender;
import org.springframework.stereotype.Component;

/** 叫应 messages of the warning module go through the outbox like any other (docs/decisions/0005). */
@Component
class CalloutOutbox implements CalloutSender {

  private final Messages messages;

  CalloutOutbox(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void queue(List<CalloutMessage> callouts) {
    messages.queue(callouts.stream().map(CalloutOutbox::outgoing).toList());
  }

  @Override
  public List<CalloutDelivery> deliveries(Collection<String> correlationPrefixes) {
    return messages.deliveries(correlationPrefixes).stream()
        .map(d -> new CalloutDelivery(d.correlation(), CalloutChannel.valueOf(d.channel().name()),
            CalloutDelivery.State.valueOf(d.state().name()), d.attempts(), d.queuedAt(), d.at(), d.detail()))
        .toList();
  }

  static OutgoingMessage outgoing(CalloutMessage m) {
    ChannelKind channel = ChannelKind.valueOf(m.channel().name());
    String address = switch (channel) {
      case SMS, VOICE -> m.mobile();
      case EMAIL -> m.email();
      case IN_APP -> null;
    };
    return new OutgoingMessage(m.correlation(), channel, m.personId(), m.name(), address, m.subject(), m.text(),
        m.answerLink(), m.answerBy(), m.priority(), m.params());
  }
}
