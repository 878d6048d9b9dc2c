/**
 * 消息: one outbox for every message the platform sends to people, and one {@link org.anlan.messaging.Channel}
 * SPI behind it with four channels (in-app inbox with a live stream, e-mail over SMTP, SMS through a
 * configurable HTTP gateway, voice/broadcast through a webhook). A dispatcher hands due messages to their
 * channel in batches after the queuing transaction commits, records every attempt, retries transient
 * failures with back-off and keeps per-channel rate limits. The message log shows the outbox with every attempt to
 * the command centre and re-sends a failed message. Implements warning's
 * {@link org.anlan.warning.CalloutSender} and calls {@link org.anlan.warning.CalloutReplies} when an SMS reply
 * or a voice call's confirm key
 * arrives. Publishes {@link org.anlan.messaging.MessageDelivered} and {@link org.anlan.messaging.ReplyReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.anlan.messaging;
