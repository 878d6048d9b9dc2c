package org.anlan.warning;

import java.time.Instant;
import java.util.List;

/** An issued warning was changed and re-issued (CAP msgType Update). */
public record WarningUpdated(long warningId, WarningLevel level, WarningLevel previousLevel, List<String> areaCodes,
    Instant expires, String capIdentifier) {}
