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
 * The SMS gateway's webhooks: delivery receipts and inbound replies. No login: the gateway proves itself with
 * the shared secret in {@code anlan.messaging.sms.webhook-header}, compared in constant time; without a
 * configured secret every call is refused.
 */
@RestController
@RequestMapping("/api/v1/messaging/sms")
class SmsWebhookController {

  /** The status webhook's body. */
  record Receipts(List<SmsWebhooks.Receipt> receipts) {}

  private final SmsWebhooks webhooks;
  private final MessagingProperties.Sms settings;
  private final JsonMapper json;

  SmsWebhookController(SmsWebhooks webhooks, MessagingProperties properties, JsonMapper json) {
    this.webhooks = webhooks;
    this.settings = properties.sms();
    this.json = json;
  }

  @Operation(summary = "短信回执 Delivery receipts from the SMS gateway (shared-secret header, no login)")
  @PostMapping("/status")
  SmsWebhooks.ReceiptResult status(@RequestHeader HttpHeaders headers, @RequestBody(required = false) String body) {
    authenticate(headers);
    Receipts receipts = read(body, Receipts.class, "messaging.receipt-invalid");
    return webhooks.receipts(receipts.receipts());
  }

  @Operation(summary = "短信上行 An inbound SMS reply from the gateway (shared-secret header, no login)")
  @PostMapping("/inbound")
  SmsWebhooks.InboundResult inbound(@RequestHeader HttpHeaders headers, @RequestBody(required = false) String body) {
    authenticate(headers);
    return webhooks.inbound(read(body, SmsWebhooks.Inbound.class, "messaging.reply-invalid"));
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

  private void authenticate(HttpHeaders headers) {
    String secret = settings.webhookSecret();
    if (secret == null || secret.isBlank()) {
      throw new ScopeDeniedException("messaging.webhook-off");
    }
    String given = headers.getFirst(settings.webhookHeader());
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
      throw new ScopeDeniedException("messaging.webhook-secret");
    }
  }
}
