package org.anlan.warning;

import java.util.List;

/** An issued warning was lifted, 解除 (CAP msgType Cancel). */
public record WarningLifted(long warningId, WarningLevel level, List<String> areaCodes, String capIdentifier) {}
