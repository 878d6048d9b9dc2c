package org.anlan.monitoring;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.monitoring}.
 *
 * @param workers ingest workers; each owns the sensors whose id modulo this number is its index
 * @param maxBatch the most readings a worker writes in one transaction
 * @param queueCapacity the most readings waiting in all workers; beyond it ingest pushes back (HTTP 503, MQTT unacknowledged)
 * @param submitTimeout how long a submission waits for room in the queue, and then for its readings to be stored
 * @param maxFuture readings stamped further ahead than this are refused (clock error)
 * @param maxAge readings older than this are refused
 * @param maxPerRequest the most readings in one HTTP batch or MQTT message
 * @param silenceCheck how often silence rules are looked at
 * @param silenceSlice how many sensors a worker looks at for silence in one go, between batches of readings: a check
 *     of all of them at once held up the readings arriving meanwhile (65 ms on average for 10,000 sensors a worker)
 * @param alarmsBeforeFlush on PostgreSQL, the workers' transactions commit without waiting for their log to reach the
 *     disk, so an alarm is visible (API, live stream) at once; the readings are acknowledged only after a synchronous
 *     commit behind them has reached the disk, one for all that waits ({@link DurableAcks};
 *     docs/decisions/0006-alarm-visible-before-flush.md)
 * @param ingestRoles the user roles that may post readings for any station in their scope (the ingest right)
 */
@ConfigurationProperties("anlan.monitoring")
public record MonitoringProperties(
    @DefaultValue("2") int workers,
    @DefaultValue("5000") int maxBatch,
    @DefaultValue("200000") int queueCapacity,
    @DefaultValue("10s") Duration submitTimeout,
    @DefaultValue("10m") Duration maxFuture,
    @DefaultValue("30d") Duration maxAge,
    @DefaultValue("10000") int maxPerRequest,
    @DefaultValue("30s") Duration silenceCheck,
    @DefaultValue("500") int silenceSlice,
    @DefaultValue("true") boolean alarmsBeforeFlush,
    @DefaultValue("DISTRICT_ADMIN") List<String> ingestRoles,
    @DefaultValue Mqtt mqtt) {

  /**
   * MQTT ingest, on when {@code url} is set ({@code ANLAN_MQTT_URL}, e.g. tcp://127.0.0.1:1883).
   *
   * @param clientId the persistent session's client id (one per node)
   * @param receiveMaximum how many QoS 1 messages the broker may have in flight to us unacknowledged; the protocol's
   *     largest by default: Mosquitto 2.0.11 was seen sending more than a smaller limit under load, which the client
   *     treats as a protocol error and reconnects, over and over (docs/performance.md)
   */
  public record Mqtt(@DefaultValue("") String url, @DefaultValue("anlan-ingest") String clientId,
      @DefaultValue("anlan/readings/+") String topic, @DefaultValue("") String username, @DefaultValue("") String password,
      @DefaultValue("1h") Duration sessionExpiry, @DefaultValue("65535") int receiveMaximum) {

    public boolean enabled() {
      return url != null && !url.isBlank();
    }
  }
}
