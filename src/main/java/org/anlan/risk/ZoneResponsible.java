package org.anlan.risk;

import java.time.LocalDate;

/**
 * One person who answers for a danger zone: a 六落实 assignment of the zone itself, or — marked
 * {@code fallback} — the 网格员 or 村社书记 who answers for the zone's area, as the directory resolves it
 * (primary, deputy, parent area).
 *
 * @param roleCode a directory {@code ResponsibilityRole} code, with its labels
 * @param answers who answers now: {@code PERSON}, {@code DEPUTY} (the person is away or the term is over)
 *     or {@code NOBODY} (not started yet, or nobody available)
 * @param assignmentId the directory assignment (of the zone; for a fallback row, of the area)
 * @param areaCode the zone's area; for a fallback row, the area whose assignment answered
 * @param foundBy for a fallback row, how the directory found the person (PRIMARY, DEPUTY, PARENT_AREA); else null
 * @param version the assignment's version, to send back when changing it (null for fallback rows)
 */
public record ZoneResponsible(boolean fallback, String roleCode, String roleZh, String roleEn, long personId, String name,
    String mobile, boolean available, Long deputyPersonId, String deputyName, String deputyMobile, boolean deputyAvailable,
    String answers, long assignmentId, String areaCode, String foundBy, LocalDate validFrom, LocalDate validTo, boolean active,
    String note, Long version) {}
