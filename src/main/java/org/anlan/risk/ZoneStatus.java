package org.anlan.risk;

/** The state of a danger zone: in the register (在册), being treated (治理中) or closed (已销号). */
public enum ZoneStatus {
  ACTIVE,
  UNDER_TREATMENT,
  CLOSED
}
