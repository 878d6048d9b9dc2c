package org.anlan.warning;

import java.time.Instant;

/** 叫应: a call of a warning was answered (by its recipient, a deputy, a superior or the duty officer). */
public record WarningAcknowledged(long warningId, long callId, long personId, long answeredBy, Call.AnswerChannel channel,
    Instant at, boolean late) {}
