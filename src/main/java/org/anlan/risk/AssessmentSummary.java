package org.anlan.risk;

import java.time.Instant;

/** One stored assessment: the method, its inputs, D (LEC) or L×S (matrix), the colour, who and when. */
public record AssessmentSummary(long id, long enterpriseId, AssessEnterprise.Method method, String inputs,
    double score, RiskColour colour, String note, String assessedBy, Instant assessedAt) {}
