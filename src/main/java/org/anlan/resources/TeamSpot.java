package org.anlan.resources;

import java.util.Set;
import org.anlan.shared.GeoPoint;

/** A rescue team as the nearest-available index holds it: where it is, whether on standby, its members' skills. */
record TeamSpot(long id, String name, TeamType type, TeamStatus status, int members, Set<String> skills, String areaCode,
    GeoPoint point) implements LocatedResource {

  /** On standby and, when a skill is asked for, with a member who has it. */
  boolean available(String skill) {
    return status == TeamStatus.STANDBY && (skill == null || skill.isBlank() || skills.contains(skill.trim()));
  }
}
