package org.anlan.monitoring.rules;

/**
 * What a condition looks at: the latest value, a function over a sliding window ending at the latest
 * reading, the rate of change per hour over the window, or the silence since the last reading.
 */
public enum Aggregate {
  /** The latest value. */
  VALUE,
  /** Sum over the window, e.g. rainfall in 3 h. */
  SUM,
  AVG,
  MAX,
  MIN,
  /** (last − first) / hours between them, over the readings in the window; e.g. water rising m/h. */
  RATE,
  /** Minutes since the last reading (or, with {@code perInterval}, multiples of the expected interval). */
  SILENCE;

  /** Whether the window matters. */
  public boolean windowed() {
    return this != VALUE && this != SILENCE;
  }
}
