package org.anlan.warning;

/** Where a warning came from: a monitoring alarm, a person, or an imported CAP message. */
public enum WarningSource {
  ALARM, MANUAL, CAP
}
