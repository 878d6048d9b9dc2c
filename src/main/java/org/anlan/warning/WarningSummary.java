package org.anlan.warning;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A warning as read. {@code status} is as of the reading (EXPIRED when past its expiry time).
 *
 * @param polygon [lon, lat] pairs, closed
 * @param capIdentifier the identifier of the latest CAP message sent for it (null before issue)
 * @param adoptedAs for an external warning: the draft made from it
 * @param discardedBy who discarded it (作废), null unless DISCARDED
 * @param discardReason why, when given
 */
public record WarningSummary(long id, WarningStatus status, WarningType type, WarningLevel level, String title,
    String text, String instructions, Set<Measure> measures, String titleEn, String textEn, String instructionsEn,
    List<String> areaCodes, List<List<Double>> polygon, Instant effective, Instant expires, WarningSource source,
    String sourceRef, String createdBy, Instant createdAt, String submittedBy, String approvedBy, int issueCount,
    String capIdentifier, Instant capSent, String liftReason, Long adoptedAs, String discardedBy, String discardReason,
    long version) {}
