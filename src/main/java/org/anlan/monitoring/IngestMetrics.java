package org.anlan.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Ingest counters for Prometheus: {@code anlan.readings.received} (tag channel), {@code anlan.readings.stored},
 * {@code anlan.readings.duplicates}, {@code anlan.readings.rejected} (items, tags channel, code),
 * {@code anlan.readings.refused-requests} (whole HTTP requests: credentials, shape, size, overload; tag code),
 * {@code anlan.readings.failed},
 * the batch write time {@code anlan.readings.batch} and the time a worker spends looking at one slice of its sensors for silence,
 * {@code anlan.readings.silence-check} (the readings it holds meanwhile wait).
 */
@Component
class IngestMetrics {

  private final MeterRegistry registry;
  private final Counter stored;
  private final Counter duplicates;
  private final Counter failed;
  private final Timer batch;
  private final Timer silence;

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.stored = registry.counter("anlan.readings.stored");
    this.duplicates = registry.counter("anlan.readings.duplicates");
    this.failed = registry.counter("anlan.readings.failed");
    this.batch = registry.timer("anlan.readings.batch");
    this.silence = registry.timer("anlan.readings.silence-check");
  }

  void received(String channel, int count) {
    registry.counter("anlan.readings.received", "channel", channel).increment(count);
  }

  void rejected(String channel, String code) {
    registry.counter("anlan.readings.rejected", "channel", channel, "code", code).increment();
  }

  /** A whole request refused (no reading of it looked at, or none stored: overload, store failure). */
  void refusedRequest(String code) {
    registry.counter("anlan.readings.refused-requests", "code", code).increment();
  }

  void stored(int total, int fresh, long nanos) {
    stored.increment(fresh);
    duplicates.increment(total - fresh);
    batch.record(nanos, TimeUnit.NANOSECONDS);
  }

  void silenceChecked(long nanos) {
    silence.record(nanos, TimeUnit.NANOSECONDS);
  }

  void failed(int count) {
    failed.increment(count);
  }
}
