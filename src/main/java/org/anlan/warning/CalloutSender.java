package org.anlan.warning;

import java.util.Collection;
import java.util.List;

/**
 * SPI: how 叫应 reaches people. The {@code messaging} module implements it (warning lies above messaging
 * in the house plan, so warning owns the port and messaging plugs in; docs/decisions/0005).
 */
public interface CalloutSender {

  /**
   * Queues the messages in the caller's transaction (an outbox): they are handed to their channels if and
   * only if that transaction commits, each once. Must take thousands at a time quickly (batched writes).
   */
  void queue(List<CalloutMessage> messages);

  /** What became of the messages whose correlation starts with one of the prefixes, e.g. {@code warning:42:}. */
  List<CalloutDelivery> deliveries(Collection<String> correlationPrefixes);
}
