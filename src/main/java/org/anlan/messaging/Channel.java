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
   * Sends the batch and answers one outcome per message, in the batch's order. Must not throw for a single
   * message's trouble; an exception counts as a transient failure of the whole batch.
   */
  List<Outcome> send(List<Envelope> batch);
}
