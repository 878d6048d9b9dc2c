package org.anlan.warning;

import java.time.Instant;

/**
 * What became of one {@link CalloutMessage}, as the sender knows it.
 *
 * @param state QUEUED, SENT (handed to the channel), DELIVERED (a receipt came back) or FAILED (gave up,
 *     or could not send at all, e.g. no address)
 * @param attempts how many times the channel was tried
 * @param at when the message reached its state
 * @param detail the channel's receipt id or the reason of the failure, if any
 */
public record CalloutDelivery(String correlation, CalloutChannel channel, State state, int attempts, Instant queuedAt,
    Instant at, String detail) {

  public enum State {
    QUEUED, SENT, DELIVERED, FAILED
  }
}
