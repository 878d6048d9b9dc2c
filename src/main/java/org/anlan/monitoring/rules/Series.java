package org.anlan.monitoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The recent readings of one sensor, in time order whatever order they arrived in; a second reading
 * for the same instant is a duplicate and is ignored (the first one stands, as in the store). Windows
 * are half-open, from {@code end − window} (excluded) to {@code end} (included): a rain gauge's reading at
 * {@code t} is the rain fallen in the interval ending at {@code t}. Not thread-safe: one ingest worker owns a
 * sensor. Held in two primitive arrays (epoch milliseconds, values): tens of thousands of sensors with
 * hours of readings each stay small and cause little garbage.
 */
public final class Series {

  private long[] times = new long[8];
  private double[] values = new double[8];
  private int size;

  /** Adds a reading; false when one for that instant is already here. */
  public boolean add(Instant time, double value) {
    long ms = time.toEpochMilli();
    int at;
    if (size == 0 || ms > times[size - 1]) {
      at = size;
    } else {
      int found = Arrays.binarySearch(times, 0, size, ms);
      if (found >= 0) {
        return false;
      }
      at = -found - 1;
    }
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    if (at < size) {
      System.arraycopy(times, at, times, at + 1, size - at);
      System.arraycopy(values, at, values, at + 1, size - at);
    }
    times[at] = ms;
    values[at] = value;
    size++;
    return true;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** The time of the latest reading, or null. */
  public Instant latest() {
    return size == 0 ? null : Instant.ofEpochMilli(times[size - 1]);
  }

  /** The value at exactly {@code time}, or NaN. */
  public double valueAt(Instant time) {
    int i = Arrays.binarySearch(times, 0, size, time.toEpochMilli());
    return i >= 0 ? values[i] : Double.NaN;
  }

  /** The first index whose time is after {@code ms}. */
  private int after(long ms) {
    int i = Arrays.binarySearch(times, 0, size, ms);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The first index whose time is at or after {@code ms}. */
  private int atOrAfter(long ms) {
    int i = Arrays.binarySearch(times, 0, size, ms);
    return i >= 0 ? i : -i - 1;
  }

  /** The readings' times at or before {@code end}, newest first, at most {@code count}. */
  List<Instant> lastTimes(Instant end, int count) {
    List<Instant> out = new ArrayList<>(count);
    for (int i = after(end.toEpochMilli()) - 1; i >= 0 && out.size() < count; i--) {
      out.add(Instant.ofEpochMilli(times[i]));
    }
    return out;
  }

  /** The readings' times after {@code from} up to and including {@code to}. */
  List<Instant> timesBetween(Instant from, Instant to) {
    List<Instant> out = new ArrayList<>();
    for (int i = after(from.toEpochMilli()), end = after(to.toEpochMilli()); i < end; i++) {
      out.add(Instant.ofEpochMilli(times[i]));
    }
    return out;
  }

  /** The latest reading time at or before {@code time}, or null. */
  Instant floor(Instant time) {
    int i = after(time.toEpochMilli()) - 1;
    return i < 0 ? null : Instant.ofEpochMilli(times[i]);
  }

  /** Forgets readings older than {@code keep} before the latest, but always keeps the newest {@code minimum}. */
  public void trim(Duration keep, int minimum) {
    if (size <= minimum) {
      return;
    }
    int drop = Math.min(after(times[size - 1] - keep.toMillis()), size - minimum);
    if (drop <= 0) {
      return;
    }
    System.arraycopy(times, drop, times, 0, size - drop);
    System.arraycopy(values, drop, values, 0, size - drop);
    size -= drop;
  }

  /** The aggregate at {@code end}; empty when no reading lies in the window (or RATE lacks two). */
  public OptionalDouble aggregate(Aggregate aggregate, Instant end, Duration window) {
    long to = end.toEpochMilli();
    int last = after(to) - 1;
    if (last < 0) {
      return OptionalDouble.empty();
    }
    if (aggregate == Aggregate.VALUE) {
      return OptionalDouble.of(values[last]);
    }
    long from = to - window.toMillis();
    int first = aggregate == Aggregate.RATE ? atOrAfter(from) : after(from);
    if (first > last) {
      return OptionalDouble.empty();
    }
    return switch (aggregate) {
      case SUM -> OptionalDouble.of(sum(first, last));
      case AVG -> OptionalDouble.of(sum(first, last) / (last - first + 1));
      case MAX -> OptionalDouble.of(extreme(first, last, true));
      case MIN -> OptionalDouble.of(extreme(first, last, false));
      case RATE -> first == last ? OptionalDouble.empty()
          : OptionalDouble.of((values[last] - values[first]) / ((times[last] - times[first]) / 3_600_000.0));
      default -> throw new IllegalArgumentException(aggregate.name());
    };
  }

  private double sum(int first, int last) {
    double sum = 0;
    for (int i = first; i <= last; i++) {
      sum += values[i];
    }
    return sum;
  }

  private double extreme(int first, int last, boolean max) {
    double x = values[first];
    for (int i = first + 1; i <= last; i++) {
      x = max ? Math.max(x, values[i]) : Math.min(x, values[i]);
    }
    return x;
  }
}
