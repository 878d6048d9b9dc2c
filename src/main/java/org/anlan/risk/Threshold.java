package org.anlan.risk;

import java.math.BigDecimal;

/** A lower limit written {@code ">70"} or {@code ">=20"}. */
record Threshold(BigDecimal limit, boolean inclusive) {

  static Threshold parse(String text) {
    String t = text.strip();
    boolean inclusive = t.startsWith(">=");
    if (!inclusive && !t.startsWith(">")) {
      throw new IllegalArgumentException("threshold must start with > or >=: " + text);
    }
    return new Threshold(new BigDecimal(t.substring(inclusive ? 2 : 1).strip()), inclusive);
  }

  boolean admits(BigDecimal value) {
    int c = value.compareTo(limit);
    return c > 0 || (inclusive && c == 0);
  }
}
