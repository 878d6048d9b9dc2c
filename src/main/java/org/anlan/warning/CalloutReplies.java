package org.anlan.warning;

import java.time.Instant;

/**
 * Answers that arrive through a channel rather than through the web: an SMS reply delivered by the
 * gateway's inbound webhook. Implemented by warning; {@code messaging} calls it in the transaction in
 * which it stores the inbound message, so an accepted reply is never lost.
 */
public interface CalloutReplies {

  /**
   * Records the reply as the answer (with the text as feedback) of the open 叫应 calls of the person with
   * this mobile number — of the message {@code inReplyTo} when the gateway names it, else of the newest
   * warning still waiting for them.
   *
   * @param inReplyTo the correlation of the message answered, when the gateway tells; may be null
   * @return how many open calls the reply answered (0: nothing was waiting for this number)
   */
  int reply(String mobile, String text, Instant receivedAt, String inReplyTo);
}
