package org.anlan.warning;

import java.time.Instant;
import java.util.List;

/**
 * SPI: who is on duty (值班员, 带班领导) at an instant, the last step of a 叫应 escalation. The {@code duty}
 * module implements it from its roster (warning lies above duty in the house plan: docs/decisions/0005).
 */
public interface DutyOfficers {

  /** The people on shift at {@code at}, duty officers first; empty when the roster has nobody. */
  List<OnDuty> onDuty(Instant at);

  /** @param post e.g. 值班员 or 带班领导 */
  record OnDuty(long personId, String name, String mobile, String email, String post) {}
}
