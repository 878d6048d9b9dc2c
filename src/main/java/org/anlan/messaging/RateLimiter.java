package org.anlan.messaging;

/**
 * A token bucket: {@code rate} messages a second, with bursts of up to one second's worth. A rate of 0 or less
 * means no limit.
 */
final class RateLimiter {

  private final double rate;
  private final double capacity;
  private double tokens;
  private long refilledAt;

  RateLimiter(double rate) {
    this.rate = rate;
    this.capacity = Math.max(1, rate);
    this.tokens = capacity;
    this.refilledAt = System.nanoTime();
  }

  /** Waits until at least one message may go, then grants up to {@code wanted}. */
  synchronized int acquire(int wanted) throws InterruptedException {
    if (rate <= 0) {
      return wanted;
    }
    refill();
    while (tokens < 1) {
      long waitNanos = (long) ((1 - tokens) / rate * 1_000_000_000L);
      wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
      refill();
    }
    int granted = (int) Math.min(wanted, Math.floor(tokens));
    tokens -= granted;
    return granted;
  }

  /** Gives back what was granted and not used. */
  synchronized void refund(int unused) {
    if (rate > 0 && unused > 0) {
      tokens = Math.min(capacity, tokens + unused);
    }
  }

  private void refill() {
    long now = System.nanoTime();
    tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * rate);
    refilledAt = now;
  }
}
