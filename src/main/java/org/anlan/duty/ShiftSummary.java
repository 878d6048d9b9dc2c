package org.anlan.duty;

import java.time.Instant;

/**
 * A shift as the API shows it, with the person's name and contacts from the directory (blank when the person
 * has since been deleted there).
 */
public record ShiftSummary(long id, String areaCode, DutyPost post, String postName, String postNameEn, long personId,
    String personName, String position, String mobile, String email, Instant startsAt, Instant endsAt, String note,
    long version) {}
