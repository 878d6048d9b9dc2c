package org.anlan.messaging;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.anlan.platform.ScopeDeniedException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateways' webhooks: the SMS gateway's delivery receipts and inbound replies, the voice provider's call results.
 * No login: each gateway proves itself with its shared secret in its {@code webhook-header}
 * ({@code anlan.messaging.sms.*}, {@code anlan.messaging.voice.*}), compared in constant time; without a configured
 * secret every call is refused.
 */
@RestController
@RequestMapping("/api/v1/messaging")
class GatewayWebhookController {

  /** The status webhook's body. */
  record Receipts(List<GatewayWebhooks.Receipt> receipts) {}

  /** The voice webhook's body. */
  record VoiceResults(List<GatewayWebhooks.VoiceResult> results) {}

  private final GatewayWebhooks webhooks;
  private final MessagingProperties.Sms settings;
  private final MessagingProperties.Voice voice;
  private final JsonMapper json;

  GatewayWebhookController(GatewayWebhooks webhooks, MessagingProperties properties, JsonMapper json) {
    this.webhooks = webhooks;
    this.settings = properties.sms();
    this.voice = properties.voice();
    this.json = json;
  }

  @Operation(summary = "短信回执 Delivery receipts from the SMS gateway (shared-secret header, no login)")
  @PostMapping("/sms/status")
  GatewayWebhooks.ReceiptResult status(@RequestHeader HttpHeaders headers, @RequestBody(required = false) String body) {
    authenticate(headers, settings.webhookHeader(), settings.webhookSecret());
    Receipts receipts = read(body, Receipts.class, "messaging.receipt-invalid");
    return webhooks.receipts(receipts.receipts());
  }

  @Operation(summary = "短信上行 An inbound SMS reply from the gateway (shared-secret header, no login)")
  @PostMapping("/sms/inbound")
  GatewayWebhooks.InboundResult inbound(@RequestHeader HttpHeaders headers, @RequestBody(required = false) String body) {
    authenticate(headers, settings.webhookHeader(), settings.webhookSecret());
    return webhooks.inbound(read(body, GatewayWebhooks.Inbound.class, "messaging.reply-invalid"));
  }

  @Operation(summary = "语音回执 Call results from the voice provider: answered or not, the confirm key pressed (shared-secret header, no login)")
  @PostMapping("/voice/status")
  GatewayWebhooks.VoiceOutcome voiceStatus(@RequestHeader HttpHeaders headers, @RequestBody(required = false) String body) {
    authenticate(headers, voice.webhookHeader(), voice.webhookSecret());
    return webhooks.voiceResults(read(body, VoiceResults.class, "messaging.receipt-invalid").results());
  }

  /** The body is read only after the secret is checked, so a caller without it learns nothing from parse errors. */
  private <T> T read(String body, Class<T> type, String code) {
    if (body == null || body.isBlank()) {
      throw new RuleViolatedException(code, "no body");
    }
    try {
      return json.readValue(body, type);
    } catch (JacksonException e) {
      throw new RuleViolatedException(code, "not the JSON expected");
    }
  }

  private static void authenticate(HttpHeaders headers, String header, String secret) {
    if (secret == null || secret.isBlank()) {
      throw new ScopeDeniedException("messaging.webhook-off");
    }
    String given = headers.getFirst(header);
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
      throw new ScopeDeniedException("messaging.webhook-secret");
    }
  }
}
