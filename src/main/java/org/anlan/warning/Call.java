package org.anlan.warning;

import java.time.Instant;

/**
 * 叫应: one recipient of one issue round of a warning, and where their answer stands.
 *
 * @param round the warning's issue count when this round went out (1 issued, 2… each update)
 * @param step the index into the configured steps of the step now running (0: NOTICE)
 * @param dueAt the answer deadline of that step
 * @param answerChannel how the answer came: LINK (one-click link), WEB (logged in), SMS (reply), PHONE
 *     (recorded by staff on the person's behalf)
 * @param recordedBy the user who recorded a PHONE answer
 */
public record Call(long id, long warningId, int round, WarningLevel level, long personId, String name, String mobile,
    String email, String role, String areaCode, String townCode, Long zoneId, int step, Status status,
    Instant openedAt, Instant dueAt, Instant answeredAt, Long answeredBy, String answeredByName,
    AnswerChannel answerChannel, String feedback, String recordedBy, Instant closedAt) {

  /** WAITING for an answer; ANSWERED; UNANSWERED when every step is spent (a late answer still counts); CLOSED when the round was superseded or the warning lifted. */
  public enum Status {
    WAITING, ANSWERED, UNANSWERED, CLOSED
  }

  /** LINK one-click link; WEB signed in; SMS reply; PHONE recorded on their behalf; VOICE the confirm key in a voice call. */
  public enum AnswerChannel {
    LINK, WEB, SMS, PHONE, VOICE
  }

  /** Seconds from the round's first message to the answer, null while unanswered. */
  public Long secondsToAnswer() {
    return answeredAt == null ? null : Math.max(0, answeredAt.getEpochSecond() - openedAt.getEpochSecond());
  }
}
