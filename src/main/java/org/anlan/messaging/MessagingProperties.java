package org.anlan.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.messaging} (docs/messaging.md).
 *
 * @param enabled run the dispatcher threads on this node
 * @param pollInterval how often an idle channel looks for due messages (retries, work queued by other nodes)
 * @param lease how long a claimed message stays with the node that claimed it; after a crash it is due again then
 * @param maxAttempts tries before a message with transient failures ends FAILED
 * @param retryDelay the wait after the first transient failure, doubling each time
 * @param maxRetryDelay the longest wait between two tries
 * @param workers dispatcher threads per channel on this node; while one sends a batch another claims the next
 */
@ConfigurationProperties("anlan.messaging")
public record MessagingProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("30s") Duration retryDelay,
    @DefaultValue("30m") Duration maxRetryDelay,
    @DefaultValue("2") int workers,
    @DefaultValue InApp inApp,
    @DefaultValue Sms sms,
    @DefaultValue Email email,
    @DefaultValue Voice voice) {

  /** The most messages per second of a channel; 0 or less for no limit. */
  public double rate(ChannelKind kind) {
    return switch (kind) {
      case IN_APP -> inApp.rate();
      case SMS -> sms.rate();
      case EMAIL -> email.rate();
      case VOICE -> voice.rate();
    };
  }

  /** In-app inbox. @param batchSize messages written per transaction */
  public record InApp(@DefaultValue("1000") int batchSize, @DefaultValue("0") double rate) {}

  /**
   * The SMS gateway: on when {@code url} is set ({@code ANLAN_SMS_URL}).
   *
   * @param provider {@code http} for the built-in gateway client; anything else switches it off for a channel bean of your own
   * @param authHeader the header that carries {@code authValue} on every gateway request
   * @param template the text sent, with {@code ${name}} placeholders from the message's params and {@code text},
   *     {@code subject}, {@code name}, {@code link}
   * @param batchSize numbers per gateway request (1 = one request per message)
   * @param concurrency gateway requests in flight at once
   * @param webhookHeader the header in which the gateway sends {@code webhookSecret} to our status and inbound webhooks
   * @param webhookSecret the shared secret ({@code ANLAN_SMS_WEBHOOK_SECRET}); blank refuses every webhook call
   */
  public record Sms(@DefaultValue("http") String provider, @DefaultValue("") String url,
      @DefaultValue("Authorization") String authHeader, @DefaultValue("") String authValue,
      @DefaultValue("${text}") String template, @DefaultValue("100") int batchSize, @DefaultValue("4") int concurrency,
      @DefaultValue("10s") Duration timeout, @DefaultValue("0") double rate,
      @DefaultValue("X-Anlan-Webhook-Secret") String webhookHeader, @DefaultValue("") String webhookSecret) {

    public boolean configured() {
      return url != null && !url.isBlank();
    }
  }

  /**
   * E-mail through the SMTP server of {@code spring.mail.*}.
   *
   * @param from the sender address ({@code ANLAN_SMTP_FROM})
   * @param connections SMTP connections used at once for one batch
   * @param batchSize messages per batch (split over the connections)
   */
  public record Email(@DefaultValue("") String from, @DefaultValue("4") int connections,
      @DefaultValue("400") int batchSize, @DefaultValue("0") double rate) {}

  /**
   * Voice call or broadcast through a text-to-speech webhook: on when {@code url} is set ({@code ANLAN_VOICE_URL}).
   *
   * @param concurrency webhook calls in flight at once
   * @param webhookHeader the header in which the provider sends {@code webhookSecret} to our call-result webhook
   * @param webhookSecret the shared secret ({@code ANLAN_VOICE_WEBHOOK_SECRET}); blank refuses every webhook call
   */
  public record Voice(@DefaultValue("") String url, @DefaultValue("Authorization") String authHeader,
      @DefaultValue("") String authValue, @DefaultValue("4") int concurrency, @DefaultValue("10s") Duration timeout,
      @DefaultValue("0") double rate, @DefaultValue("X-Anlan-Webhook-Secret") String webhookHeader,
      @DefaultValue("") String webhookSecret) {

    public boolean configured() {
      return url != null && !url.isBlank();
    }
  }
}
