package org.anlan.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 语音/广播: one webhook call per message to a text-to-speech call or broadcast provider
 * ({@code anlan.messaging.voice.url}) with the number and the text to read, {@code concurrency} at a time; the
 * answer's {@code id}, if any, is the receipt.
 */
@Component
class VoiceChannel implements Channel {

  private final MessagingProperties.Voice settings;
  private final HttpGateway gateway;
  private final JsonMapper json;

  VoiceChannel(MessagingProperties properties, JsonMapper json) {
    this.settings = properties.voice();
    this.gateway = settings.configured() ? new HttpGateway(settings.url(), settings.authHeader(), settings.authValue(), settings.timeout()) : null;
    this.json = json;
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.VOICE;
  }

  @Override
  public int batchSize() {
    return Math.max(1, settings.concurrency());
  }

  @Override
  public List<Outcome> send(List<Envelope> batch) {
    if (gateway == null) {
      Outcome off = Outcome.failed("voice is not configured: no webhook URL (anlan.messaging.voice.url, ANLAN_VOICE_URL)");
      return batch.stream().map(m -> off).toList();
    }
    List<CompletableFuture<Outcome>> calls = new ArrayList<>(batch.size());
    for (Envelope m : batch) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("ref", m.correlation());
      body.put("mobile", m.address());
      body.put("text", m.text());
      body.put("params", m.params());
      calls.add(gateway.post(json.writeValueAsString(body)).thenApply(this::outcome));
    }
    return calls.stream().map(CompletableFuture::join).toList();
  }

  private Outcome outcome(HttpGateway.Reply reply) {
    if (!reply.ok()) {
      return reply.transientFailure() ? Outcome.retry("voice: " + reply.reason()) : Outcome.failed("voice refused: " + reply.reason());
    }
    try {
      JsonNode root = reply.body() == null || reply.body().isBlank() ? null : json.readTree(reply.body());
      return Outcome.sent(root == null ? null : root.path("id").asString(null));
    } catch (RuntimeException e) {
      return Outcome.sent(null);
    }
  }
}
