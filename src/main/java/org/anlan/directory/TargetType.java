package org.anlan.directory;

/**
 * What a responsibility assignment (责任分工) answers for: an area (its code is the target id) or a
 * danger zone of the risk module (隐患点/危险区, its id). Each {@link ResponsibilityRole} belongs to one.
 */
public enum TargetType {
  AREA,
  DANGER_ZONE
}
