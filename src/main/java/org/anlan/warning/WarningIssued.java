package org.anlan.warning;

import java.time.Instant;
import java.util.List;

/** A warning was approved and issued (CAP msgType Alert). */
public record WarningIssued(long warningId, WarningType type, WarningLevel level, List<String> areaCodes,
    Instant expires, String capIdentifier) {}
