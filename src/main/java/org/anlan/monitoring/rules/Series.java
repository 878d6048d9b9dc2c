package org.anlan.monitoring.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The recent readings of one sensor, in time order whatever order they arrived in; a second reading
 * for the same instant is a duplicate and is ignored (the first one stands, as in the store). Windows
 * are half-open, from {@code end − window} (excluded) to {@code end} (included): a rain gauge's reading at
 * {@code t} is the rain fallen in the interval ending at {@code t}. Not thread-safe: one ingest worker owns a sensor.
 */
public final class Series {

  private final TreeMap<Long, Double> points = new TreeMap<>();

  /** Adds a reading; false when one for that instant is already here. */
  public boolean add(Instant time, double value) {
    return points.putIfAbsent(time.toEpochMilli(), value) == null;
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  public int size() {
    return points.size();
  }

  /** The time of the latest reading, or null. */
  public Instant latest() {
    return points.isEmpty() ? null : Instant.ofEpochMilli(points.lastKey());
  }

  /** The value at exactly {@code time}, or NaN. */
  public double valueAt(Instant time) {
    Double v = points.get(time.toEpochMilli());
    return v == null ? Double.NaN : v;
  }

  /** The readings' times at or before {@code end}, newest first, at most {@code count}. */
  List<Instant> lastTimes(Instant end, int count) {
    List<Instant> times = new ArrayList<>(count);
    for (Long t : points.headMap(end.toEpochMilli(), true).descendingKeySet()) {
      if (times.size() == count) {
        break;
      }
      times.add(Instant.ofEpochMilli(t));
    }
    return times;
  }

  /** The readings' times after {@code from} up to and including {@code to}. */
  List<Instant> timesBetween(Instant from, Instant to) {
    return points.subMap(from.toEpochMilli(), false, to.toEpochMilli(), true).keySet().stream().map(Instant::ofEpochMilli).toList();
  }

  /** The latest reading time at or before {@code time}, or null. */
  Instant floor(Instant time) {
    Long t = points.floorKey(time.toEpochMilli());
    return t == null ? null : Instant.ofEpochMilli(t);
  }

  /** Forgets readings older than {@code keep} before the latest, but always keeps the newest {@code minimum}. */
  public void trim(Duration keep, int minimum) {
    if (points.size() <= minimum) {
      return;
    }
    long limit = points.lastKey() - keep.toMillis();
    while (points.size() > minimum && points.firstKey() <= limit) {
      points.pollFirstEntry();
    }
  }

  /** The aggregate at {@code end}; empty when no reading lies in the window (or RATE lacks two). */
  public OptionalDouble aggregate(Aggregate aggregate, Instant end, Duration window) {
    long to = end.toEpochMilli();
    if (aggregate == Aggregate.VALUE) {
      Map.Entry<Long, Double> last = points.floorEntry(to);
      return last == null ? OptionalDouble.empty() : OptionalDouble.of(last.getValue());
    }
    boolean rate = aggregate == Aggregate.RATE;
    NavigableMap<Long, Double> in = points.subMap(to - window.toMillis(), rate, to, true);
    if (in.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (aggregate) {
      case SUM -> OptionalDouble.of(sum(in));
      case AVG -> OptionalDouble.of(sum(in) / in.size());
      case MAX -> in.values().stream().mapToDouble(Double::doubleValue).max();
      case MIN -> in.values().stream().mapToDouble(Double::doubleValue).min();
      case RATE -> rate(in);
      default -> throw new IllegalArgumentException(aggregate.name());
    };
  }

  private static double sum(NavigableMap<Long, Double> in) {
    double sum = 0;
    for (double v : in.values()) {
      sum += v;
    }
    return sum;
  }

  private static OptionalDouble rate(NavigableMap<Long, Double> in) {
    if (in.size() < 2) {
      return OptionalDouble.empty();
    }
    double hours = (in.lastKey() - in.firstKey()) / 3_600_000.0;
    return OptionalDouble.of((in.lastEntry().getValue() - in.firstEntry().getValue()) / hours);
  }
}
