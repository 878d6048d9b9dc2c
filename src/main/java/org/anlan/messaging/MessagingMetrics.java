package org.anlan.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Counters for Prometheus: {@code anlan.messages} with tags {@code channel} and {@code outcome} (queued,
 * unsendable, sent, retry, failed, delivered, undelivered) and the time of one channel batch,
 * {@code anlan.messages.batch} (tag channel).
 */
@Component
class MessagingMetrics {

  private final MeterRegistry registry;

  MessagingMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void queued(ChannelKind channel, boolean unsendable) {
    count(channel, unsendable ? "unsendable" : "queued", 1);
  }

  void count(ChannelKind channel, String outcome, int n) {
    if (n > 0) {
      registry.counter("anlan.messages", "channel", channel.name(), "outcome", outcome).increment(n);
    }
  }

  void batch(ChannelKind channel, long nanos) {
    Timer.builder("anlan.messages.batch").tag("channel", channel.name()).register(registry).record(nanos, TimeUnit.NANOSECONDS);
  }
}
