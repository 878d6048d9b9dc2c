package org.anlan.monitoring.rules;

/** Which side of a threshold is bad: rain at or above, a reservoir outflow gauge at or below. */
public enum Comparison {
  AT_LEAST, AT_MOST;

  boolean met(double value, double threshold) {
    return this == AT_LEAST ? value >= threshold : value <= threshold;
  }

  /** The threshold to leave a level by, {@code hysteresis} past the one to enter it. */
  double relaxed(double threshold, double hysteresis) {
    return this == AT_LEAST ? threshold - hysteresis : threshold + hysteresis;
  }
}
