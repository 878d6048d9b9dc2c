package org.anlan.warning;

import java.time.Instant;
import java.util.Map;

/**
 * One message of a 叫应 step to one person on one channel, handed to {@link CalloutSender}.
 *
 * @param correlation unique per message and stable across retries:
 *     {@code warning:<warningId>:call:<callId>:step:<step>:person:<personId>:<CHANNEL>}; {@link
 *     CalloutSender#deliveries} answers by its prefix
 * @param personId the directory person (the in-app inbox is the inbox of the users linked to them)
 * @param mobile for SMS and VOICE; null when unknown (the sender records the message as failed, with the reason)
 * @param email for EMAIL; null when unknown (likewise)
 * @param subject a one-line title (e-mail subject, in-app title)
 * @param text the full text, with the answer link where there is one
 * @param answerLink the one-click answer address (unguessable, expiring), null when the step needs no answer
 * @param answerBy the answer deadline of this step
 * @param priority higher goes first when a channel is rate-limited (the warning level's rank, 1 blue … 4 red)
 * @param params named values for channels that send by template (SMS gateways): level, type, title,
 *     area, link, deadline
 */
public record CalloutMessage(String correlation, long personId, String name, String mobile, String email,
    CalloutChannel channel, String subject, String text, String answerLink, Instant answerBy, int priority,
    Map<String, String> params) {

  public CalloutMessage {
    params = params == null ? Map.of() : Map.copyOf(params);
  }
}
