package org.anlan.directory;

/**
 * Published when a responsibility assignment (责任分工) is created or changed: {@code personId} now
 * answers for {@code areaCode} in role {@code roleCode}.
 */
public record ResponsibilityAssigned(long assignmentId, long personId, String areaCode, String roleCode) {}
