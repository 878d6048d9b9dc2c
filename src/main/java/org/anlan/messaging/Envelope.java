package org.anlan.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * A queued message as a {@link Channel} gets it.
 *
 * @param id the outbox row
 * @param attempt which try this is (1 for the first)
 */
public record Envelope(long id, String correlation, ChannelKind channel, Long personId, String name, String address,
    String subject, String text, String answerLink, Instant answerBy, int priority, Map<String, String> params,
    int attempt) {}
