package org.anlan.directory;

import java.util.List;

/**
 * The answer to "who answers for area X in role R?" (谁负责).
 *
 * @param areaCode the area asked about
 * @param answeredAt the area whose assignment answered: {@code areaCode} itself, an ancestor, or
 *     null when nobody answers up to the district
 * @param people who answers, in assignment order; empty when nobody does
 */
public record Responsible(String areaCode, String roleCode, String answeredAt, List<ResponsiblePerson> people) {

  /** One person who answers, their channels and how they were found. */
  public record ResponsiblePerson(long personId, String name, String position, String mobile, String email,
      Long organisationId, String organisationName, long assignmentId, String assignedAreaCode, FoundBy foundBy,
      boolean deputy) {}

  public boolean answered() {
    return !people.isEmpty();
  }
}
