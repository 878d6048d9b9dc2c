package org.anlan.directory;

import java.time.LocalDate;

/**
 * A responsibility assignment (责任分工) with the names, mobiles and availability (在岗) of its person
 * and deputy (AB岗).
 *
 * @param targetType {@link TargetType} name: AREA ({@code targetId} is the area code) or DANGER_ZONE
 *     ({@code targetId} is the zone's id); {@code areaCode} is where the target lies
 * @param active whether today lies within its validity
 */
public record AssignmentSummary(long id, long personId, String personName, String personMobile, boolean personAvailable,
    Long deputyPersonId, String deputyName, String deputyMobile, boolean deputyAvailable, String roleCode,
    String targetType, String targetId, String areaCode, LocalDate validFrom, LocalDate validTo, String note,
    boolean active, long version) {}
