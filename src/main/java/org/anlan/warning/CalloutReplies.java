package org.anlan.warning;

import java.time.Instant;

/**
 * Answers that arrive through a channel rather than through the web: an SMS reply delivered by the
 * gateway's inbound webhook, or the confirm key pressed in a voice call, told by the voice provider's webhook. Implemented by warning; {@code messaging} calls it in the transaction in
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

  /**
   * 语音按键确认: the person called by a voice message answered it and pressed {@code keys}. If they hold the confirm
   * key ({@code anlan.warning.callout.voice-confirm-key}, which the call's text asks for), answers, like
   * {@link #reply}, the open calls of that number — of the message {@code correlation} when it is a 叫应 message,
   * else of the newest warning still waiting for them — with the voice channel and no feedback.
   *
   * @return how many open calls were answered (0 also when the keys do not confirm)
   */
  int keyed(String mobile, String keys, Instant at, String correlation);
}
