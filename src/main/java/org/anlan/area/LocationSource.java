package org.anlan.area;

/** Where a centre point or boundary comes from, so that no estimate passes for a survey. */
public enum LocationSource {
  /** From the published source (see area/SOURCES.md), converted to WGS-84. */
  SOURCE,
  /** Computed by Anlan because the source lacks it; an estimate, shown as such. */
  ESTIMATED,
  /** A schematic placement for display only (e.g. villages without published coordinates). */
  SCHEMATIC
}
