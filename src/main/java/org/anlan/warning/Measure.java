package org.anlan.warning;

/**
 * 断、禁、停、撤、疏: the standard measures a warning orders. {@code capResponse} is our choice of the
 * nearest CAP responseType ([MEMORY – CHECK] in docs/warning.md).
 */
public enum Measure {
  /** 断: close roads, bridges and power or gas lines into the danger area. */
  CUT_OFF("断", "Cut off roads and supplies into the area", "Avoid"),
  /** 禁: forbid entry and outdoor activity. */
  BAN("禁", "No entry", "Avoid"),
  /** 停: stop work, school, business and construction. */
  STOP("停", "Stop work, school and business", "Prepare"),
  /** 撤: move people out of the danger area. */
  EVACUATE("撤", "Evacuate", "Evacuate"),
  /** 疏: disperse crowds and guide people to shelters. */
  DISPERSE("疏", "Disperse and guide to shelters", "Evacuate");

  private final String label;
  private final String english;
  private final String capResponse;

  Measure(String label, String english, String capResponse) {
    this.label = label;
    this.english = english;
    this.capResponse = capResponse;
  }

  public String label() {
    return label;
  }

  public String english() {
    return english;
  }

  public String capResponse() {
    return capResponse;
  }
}
