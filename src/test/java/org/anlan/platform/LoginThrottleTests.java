package org.anlan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class LoginThrottleTests {

  MutableClock clock = new MutableClock(Instant.parse("2026-07-01T00:00:00Z"));
  LoginThrottle throttle = new LoginThrottle(clock,
      new PlatformProperties(new PlatformProperties.Login(5, Duration.ofMinutes(10)), DataSize.ofMegabytes(2), new PlatformProperties.Map("", "", 18), 10, ZoneOffset.ofHours(8)));

  @Test
  void fiveFailuresForOneNameBlockItUntilTheWindowPasses() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("Duty", "10.0.0.1");
    }
    assertThat(throttle.isBlocked("duty", "10.0.0.2")).isFalse();
    throttle.failed("duty", "10.0.0.1");
    assertThat(throttle.isBlocked("duty", "10.0.0.2")).isTrue();
    assertThat(throttle.isBlocked("admin", "10.0.0.2")).isFalse();
    clock.advance(Duration.ofMinutes(11));
    assertThat(throttle.isBlocked("duty", "10.0.0.2")).isFalse();
  }

  @Test
  void oneAddressTryingManyNamesIsBlockedToo() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.isBlocked("someone-else", "10.0.0.9")).isTrue();
  }

  @Test
  void oldFailuresOfManyNamesAreForgotten() {
    for (int i = 0; i < 10_001; i++) {
      throttle.failed("random-" + i, "10.1." + (i / 250) + "." + (i % 250));
    }
    clock.advance(Duration.ofMinutes(11));
    throttle.failed("one-more", "10.9.9.9");
    assertThat(throttle.isBlocked("random-1", "10.1.0.1")).isFalse();
    assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(2);
  }

  @Test
  void aSuccessClearsTheNamesFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("duty", "10.0.0.1");
    }
    throttle.succeeded("duty");
    assertThat(throttle.isBlocked("duty", "10.0.0.3")).isFalse();
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
