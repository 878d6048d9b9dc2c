package org.anlan.messaging;

/**
 * Where a message stands: QUEUED (waiting, or waiting again after a transient failure), SENT (handed to its
 * channel), DELIVERED (a receipt said it arrived) or FAILED (given up, or impossible, e.g. no address).
 */
public enum DeliveryState {
  QUEUED, SENT, DELIVERED, FAILED;

  /** The outbox column holding when the message reached this state. */
  String timeColumn() {
    return switch (this) {
      case QUEUED -> "queued_at";
      case SENT -> "sent_at";
      case DELIVERED -> "delivered_at";
      case FAILED -> "failed_at";
    };
  }
}
