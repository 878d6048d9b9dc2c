package org.anlan.monitoring;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MQTT ingest (on when {@code anlan.monitoring.mqtt.url} / {@code ANLAN_MQTT_URL} is set): subscribes to
 * {@code anlan/readings/+} with QoS 1 in a persistent session (clean start off, session expiry), and
 * acknowledges a message only after its readings are committed — so the broker keeps, and after a crash
 * redelivers, anything not yet stored. The broker sends at most {@code receive-maximum} unacknowledged
 * messages: that, and a worker queue with bounded room, is the back-pressure. Refused items and malformed
 * messages go to the dead letters. Reconnects by itself.
 */
@Component
class MqttIngest implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);

  private final MonitoringProperties.Mqtt settings;
  private final ReadingCheck check;
  private final ReadingPipeline pipeline;
  private final DeadLetters deadLetters;
  private final IngestMetrics metrics;
  private final JsonMapper json;
  private Mqtt5AsyncClient client;
  private ExecutorService handler;
  private ScheduledExecutorService retries;
  private volatile boolean running;

  MqttIngest(MonitoringProperties properties, ReadingCheck check, ReadingPipeline pipeline, DeadLetters deadLetters,
      IngestMetrics metrics, JsonMapper json) {
    this.settings = properties.mqtt();
    this.check = check;
    this.pipeline = pipeline;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.json = json;
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      return;
    }
    URI uri = URI.create(settings.url().trim());
    handler = Executors.newSingleThreadExecutor(r -> daemon(r, "mqtt-ingest"));
    retries = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mqtt-retry"));
    var builder = Mqtt5Client.builder().identifier(settings.clientId()).serverHost(uri.getHost())
        .serverPort(uri.getPort() > 0 ? uri.getPort() : 1883).automaticReconnectWithDefaultConfig()
        .addConnectedListener(c -> {
          log.info("MQTT ingest connected to {}", settings.url());
          subscribe();
        })
        .addDisconnectedListener(c -> log.warn("MQTT ingest disconnected: {}", c.getCause().getMessage()));
    if ("ssl".equals(uri.getScheme()) || "mqtts".equals(uri.getScheme())) {
      builder = builder.sslWithDefaultConfig();
    }
    client = builder.buildAsync();
    // ALL, not SUBSCRIBED: after a restart the broker redelivers the persistent session's messages before this
    // client instance has subscribed anything, and those would otherwise pass us by (and be lost)
    client.publishes(MqttGlobalPublishFilter.ALL, this::onMessage, handler, true);
    var connect = client.connectWith().cleanStart(false).sessionExpiryInterval(settings.sessionExpiry().toSeconds())
        .restrictions().receiveMaximum(settings.receiveMaximum()).applyRestrictions();
    if (!settings.username().isBlank()) {
      connect = connect.simpleAuth().username(settings.username()).password(settings.password().getBytes(StandardCharsets.UTF_8))
          .applySimpleAuth();
    }
    connect.send().whenComplete((ack, e) -> {
      if (e != null) {
        log.warn("MQTT ingest could not connect to {} yet ({}); retrying", settings.url(), e.getMessage());
      }
    });
    running = true;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private void subscribe() {
    client.subscribeWith().topicFilter(settings.topic()).qos(MqttQos.AT_LEAST_ONCE).send().whenComplete((ack, e) -> {
      if (e != null) {
        log.warn("MQTT ingest could not subscribe to {}: {}", settings.topic(), e.getMessage());
      }
    });
  }

  private void onMessage(Mqtt5Publish publish) {
    String topic = publish.getTopic().toString();
    List<String> levels = publish.getTopic().getLevels();
    String station = levels.get(levels.size() - 1);
    byte[] bytes = publish.getPayloadAsBytes();
    String payload = new String(bytes, StandardCharsets.UTF_8);
    List<JsonNode> items;
    try {
      JsonNode body = json.readTree(bytes);
      JsonNode readings = body.get("readings");
      items = new ArrayList<>();
      if (readings != null && readings.isArray()) {
        readings.forEach(items::add);
      } else if (body.isObject() && body.has("sensor")) {
        items.add(body);
      } else {
        throw new IllegalArgumentException("no readings");
      }
    } catch (RuntimeException e) {
      metrics.rejected("mqtt", "monitoring.mqtt-malformed");
      deadLetters.add("MQTT", topic, station, null, "monitoring.mqtt-malformed", e.getMessage(), payload);
      publish.acknowledge();
      return;
    }
    metrics.received("mqtt", items.size());
    ReadingCheck.Checked checked = check.check(items, station, s -> true);
    for (ReadingCheck.Rejection r : checked.rejected()) {
      metrics.rejected("mqtt", r.code());
      deadLetters.add("MQTT", topic, station, r.index(), r.code(), java.util.Arrays.toString(r.args()), items.get(r.index()).toString());
    }
    store(checked.readings(), publish, 0);
  }

  /** Submits and acknowledges after commit; waits for room, and retries a failed write — an accepted reading is never dropped. */
  private void store(List<Reading> readings, Mqtt5Publish publish, int attempt) {
    while (true) {
      try {
        pipeline.submit(readings).whenComplete((fresh, e) -> {
          if (e == null) {
            publish.acknowledge();
          } else if (running) {
            retries.schedule(() -> handler.execute(() -> store(readings, publish, attempt + 1)), Math.min(10, 1L << Math.min(attempt, 3)),
                TimeUnit.SECONDS);
          }
        });
        return;
      } catch (ReadingPipeline.Overloaded e) {
        if (!running) {
          return; // not acknowledged: the broker redelivers after restart
        }
      }
    }
  }

  @Override
  public void stop() {
    running = false;
    if (client != null) {
      try {
        client.disconnect().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.debug("MQTT disconnect: {}", e.getMessage());
      }
      handler.shutdown();
      retries.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Starts after, and stops before, the pipeline. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }
}
