package org.anlan.messaging;

/**
 * Where a message stands: QUEUED (waiting, or waiting again after a transient failure), SENT (handed to its
 * channel), DELIVERED (a receipt said it arrived) or FAILED (given up, or impossible, e.g. no address).
 */
public enum DeliveryState {
  QUEUED, SENT, DELIVERED, FAILED
}
