package org.anlan.messaging;

import java.util.List;

/**
 * SPI: one way of reaching people. The dispatcher hands each channel batches of due messages of its kind
 * (at most {@link #batchSize()}, highest priority first) from one thread, and records what it answers.
 * One bean per kind; a deployment replaces a built-in channel by switching it off (see docs/messaging.md)
 * and declaring its own bean.
 */
public interface Channel {

  ChannelKind kind();

  /** The most messages the dispatcher hands over in one call. */
  default int batchSize() {
    return 100;
  }

  /**
   * True when sending is itself a write to this database (the in-app inbox): the dispatcher then claims, sends and
   * records a batch in one transaction, without the lease a network send needs (a crash rolls all three back).
   */
  default boolean writesToDatabase() {
    return false;
  }

  /**
   * Sends the batch and answers one outcome per message, in the batch's order. Must not throw for a single
   * message's trouble; an exception counts as a transient failure of the whole batch.
   */
  List<Outcome> send(List<Envelope> batch);
}
