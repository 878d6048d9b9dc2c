package org.anlan.directory;

import java.time.LocalDate;

/**
 * A responsibility assignment (责任分工) with the names of its person and deputy (AB岗).
 *
 * @param targetType AREA today; {@code targetId} is then the area code
 * @param active whether today lies within its validity
 */
public record AssignmentSummary(long id, long personId, String personName, String personMobile, Long deputyPersonId,
    String deputyName, String roleCode, String targetType, String targetId, String areaCode, LocalDate validFrom,
    LocalDate validTo, String note, boolean active, long version) {}
