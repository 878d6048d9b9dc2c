package org.anlan.messaging;

import java.time.Instant;

/** A channel's receipt said this message reached the person (published once per message, not per send). */
public record MessageDelivered(String correlation, ChannelKind channel, String receipt, Instant deliveredAt) {}
