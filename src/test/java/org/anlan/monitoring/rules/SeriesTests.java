package org.anlan.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeriesTests {

  static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

  static Instant min(int m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  @Test
  void readingsArrivingInAnyOrderAreKeptInTimeOrderAndDuplicatesRefused() {
    Series s = new Series();
    for (int m : new int[] {50, 10, 30, 20, 40, 0, 60, 5, 55}) {
      assertThat(s.add(min(m), m)).isTrue();
    }
    assertThat(s.add(min(30), 999)).isFalse();
    assertThat(s.size()).isEqualTo(9);
    assertThat(s.latest()).isEqualTo(min(60));
    assertThat(s.valueAt(min(30))).isEqualTo(30);
    assertThat(s.valueAt(min(31))).isNaN();
    assertThat(s.timesBetween(min(10), min(40))).containsExactly(min(20), min(30), min(40));
    assertThat(s.lastTimes(min(45), 3)).containsExactly(min(40), min(30), min(20));
    assertThat(s.floor(min(34))).isEqualTo(min(30));
    assertThat(s.floor(T0.minusSeconds(1))).isNull();
    assertThat(s.aggregate(Aggregate.SUM, min(40), Duration.ofMinutes(20)).getAsDouble()).as("(20, 40]").isEqualTo(70);
    assertThat(s.aggregate(Aggregate.MAX, min(39), Duration.ofMinutes(20)).getAsDouble()).isEqualTo(30);
    assertThat(s.aggregate(Aggregate.MIN, min(60), Duration.ofMinutes(10)).getAsDouble()).isEqualTo(55);
    assertThat(s.aggregate(Aggregate.AVG, min(60), Duration.ofMinutes(10)).getAsDouble()).isEqualTo(57.5);
    assertThat(s.aggregate(Aggregate.SUM, min(2), Duration.ofMinutes(1))).isEmpty();
  }

  @Test
  void trimmingForgetsTheOldButKeepsTheNewestFew() {
    Series s = new Series();
    for (int m = 0; m <= 100; m++) {
      s.add(min(m), m);
    }
    s.trim(Duration.ofMinutes(30), 1);
    assertThat(s.size()).as("(70, 100]").isEqualTo(30);
    assertThat(s.timesBetween(T0, min(100)).get(0)).isEqualTo(min(71));
    s.trim(Duration.ZERO, 5);
    assertThat(s.size()).isEqualTo(5);
    assertThat(s.add(min(200), 1)).isTrue();
    assertThat(s.add(min(96), 1)).as("already there").isFalse();
  }
}
