package org.anlan.warning;

/** 叫应: a call went unanswered past its deadline and moved to the next step ({@code kind}), or ran out of steps ({@code exhausted}). */
public record WarningEscalated(long warningId, long callId, int step, CalloutStep kind, boolean exhausted) {}
