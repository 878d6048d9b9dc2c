package org.anlan.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * One message to one person on one channel, handed to {@link Messages#queue}.
 *
 * @param correlation the caller's key, unique across all messages and stable across retries (e.g.
 *     {@code warning:42:call:7:step:1:person:9:SMS}); deliveries are looked up by its prefix
 * @param personId the directory person (the in-app inbox is theirs); may be null for other channels
 * @param address the mobile number (SMS, VOICE) or e-mail address (EMAIL); null when unknown, and the
 *     message is then recorded as failed with the reason
 * @param subject a one-line title (e-mail subject, in-app title)
 * @param answerLink a link to answer by, if any
 * @param priority higher goes first when a channel is busy or rate-limited
 * @param params named values for channels that send by template (SMS): level, type, title, area, link, deadline
 */
public record OutgoingMessage(String correlation, ChannelKind channel, Long personId, String name, String address,
    String subject, String text, String answerLink, Instant answerBy, int priority, Map<String, String> params) {

  public OutgoingMessage {
    params = params == null ? Map.of() : Map.copyOf(params);
  }
}
