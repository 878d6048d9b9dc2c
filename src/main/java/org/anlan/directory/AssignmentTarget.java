package org.anlan.directory;

import java.util.Objects;
import org.anlan.shared.AreaCode;

/**
 * The thing an assignment answers for, seen from the directory: its type, its id in the module that
 * owns it, and the area it lies in (scoping, and the area whose people stand in as fallback). The
 * directory does not know danger zones; the risk module names them by id and area.
 */
public record AssignmentTarget(TargetType type, String id, AreaCode areaCode) {

  public AssignmentTarget {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(areaCode, "areaCode");
  }

  /** An area answers for itself. */
  public static AssignmentTarget area(AreaCode area) {
    return new AssignmentTarget(TargetType.AREA, area.value(), area);
  }

  /** 隐患点/危险区 {@code zoneId}, lying in {@code area} (a town or village). */
  public static AssignmentTarget dangerZone(long zoneId, AreaCode area) {
    return new AssignmentTarget(TargetType.DANGER_ZONE, String.valueOf(zoneId), area);
  }
}
