package org.anlan.messaging;

import java.time.Instant;

/**
 * What became of one message.
 *
 * @param attempts how many times its channel was tried
 * @param at when it reached its state (queued, sent, delivered or failed)
 * @param detail the channel's receipt id, or the reason of the last failure
 */
public record Delivery(String correlation, ChannelKind channel, DeliveryState state, int attempts, Instant queuedAt,
    Instant at, String detail) {}
