package org.anlan.warning;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Level ↔ CAP severity, urgency and certainty, from {@code anlan.warning.cap.*} (blue to red), and the
 * CAP msgType of each lifecycle state. No level (a draft not yet graded) is "Unknown".
 */
@Component
class CapMapping {

  private final WarningProperties.Cap cap;

  CapMapping(WarningProperties properties) {
    this.cap = properties.cap();
  }

  String severity(WarningLevel level) {
    return pick(cap.severity(), level);
  }

  String urgency(WarningLevel level) {
    return pick(cap.urgency(), level);
  }

  String certainty(WarningLevel level) {
    return pick(cap.certainty(), level);
  }

  /** The level whose configured severity this is, or null (Unknown or unmapped). */
  WarningLevel levelOf(String severity) {
    for (WarningLevel level : WarningLevel.values()) {
      if (cap.severity().get(level.ordinal()).equals(severity)) {
        return level;
      }
    }
    return null;
  }

  /** Alert for the first issue (and drafts), Update after a change, Cancel once lifted; expiry keeps the last. */
  String msgType(Warning w) {
    if (w.status == WarningStatus.LIFTED) {
      return "Cancel";
    }
    return w.status == WarningStatus.UPDATED ? "Update" : "Alert";
  }

  private static String pick(List<String> values, WarningLevel level) {
    return level == null ? "Unknown" : values.get(level.ordinal());
  }
}
