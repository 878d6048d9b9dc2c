package org.anlan.messaging;

import java.time.Instant;

/**
 * An SMS reply came in through the gateway's inbound webhook and was stored.
 *
 * @param inReplyTo the correlation of the message it answers, when the gateway named it
 * @param answered how many open 叫应 calls the reply answered
 */
public record ReplyReceived(long replyId, String mobile, String text, Instant receivedAt, String inReplyTo, int answered) {}
