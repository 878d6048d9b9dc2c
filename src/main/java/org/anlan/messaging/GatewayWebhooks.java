package org.anlan.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.anlan.shared.RuleViolatedException;
import org.anlan.warning.CalloutReplies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the SMS gateway and the voice provider tell us: delivery receipts (a delivered message publishes
 * {@link MessageDelivered}), inbound SMS replies (stored, handed to warning's {@link CalloutReplies} and published as
 * {@link ReplyReceived}, all in one transaction) and voice call results (answered or not; the confirm key pressed
 * answers the 叫应 call).
 */
@Service
@Transactional
class GatewayWebhooks {

  /** One receipt of the status webhook. */
  record Receipt(String id, String mobile, String status, Instant at, String error) {}

  /** What the status webhook made of a batch of receipts. */
  record ReceiptResult(int delivered, int failed, int unknown) {}

  /** One call result of the voice provider's webhook; {@code keys} the keys pressed, if any. */
  record VoiceResult(String id, String mobile, String status, Instant at, String keys, String error) {}

  /** What the voice webhook made of a batch of call results; {@code confirmed} 叫应 calls answered by key. */
  record VoiceOutcome(int delivered, int failed, int unknown, int confirmed) {}

  /** An inbound SMS. */
  record Inbound(String id, String mobile, String text, Instant receivedAt, String inReplyTo) {}

  /** What became of an inbound SMS. */
  record InboundResult(long replyId, int answered, boolean duplicate) {}

  private final Deliveries outbox;
  private final CalloutReplies replies;
  private final ApplicationEventPublisher events;
  private final MessagingMetrics metrics;
  private final JdbcClient jdbc;
  private final Clock clock;

  GatewayWebhooks(Deliveries outbox, CalloutReplies replies, ApplicationEventPublisher events, MessagingMetrics metrics,
      JdbcClient jdbc, Clock clock) {
    this.outbox = outbox;
    this.replies = replies;
    this.events = events;
    this.metrics = metrics;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  ReceiptResult receipts(List<Receipt> receipts) {
    if (receipts == null || receipts.isEmpty() || receipts.size() > 1000) {
      throw new RuleViolatedException("messaging.receipt-invalid", "receipts: 1 to 1000");
    }
    int delivered = 0;
    int failed = 0;
    int unknown = 0;
    for (Receipt r : receipts) {
      String status = r.status() == null ? "" : r.status().trim().toUpperCase(java.util.Locale.ROOT);
      if (r.id() == null || r.id().isBlank() || !List.of("DELIVERED", "FAILED").contains(status)) {
        throw new RuleViolatedException("messaging.receipt-invalid", "id and status DELIVERED or FAILED");
      }
      Instant at = r.at() == null ? clock.instant() : r.at();
      // the SMS gateway's receipts name SMS only: a voice provider's call id that happens to be the same is not its to mark
      List<Deliveries.Receipted> messages = outbox.sentWithReceipt(r.id(), blank(r.mobile()) ? null : r.mobile().trim(), ChannelKind.SMS);
      if (messages.isEmpty()) {
        unknown++;
      }
      for (Deliveries.Receipted m : messages) {
        if (mark(m, status.equals("DELIVERED"), "gateway: not delivered" + (blank(r.error()) ? "" : ": " + r.error()), at)) {
          delivered++;
        } else {
          failed++;
        }
      }
    }
    return new ReceiptResult(delivered, failed, unknown);
  }

  /**
   * The voice provider's call results: {@code ANSWERED} marks the voice message delivered, {@code NO_ANSWER},
   * {@code BUSY} and {@code FAILED} undelivered with that reason; the {@code keys} pressed in an answered call go to
   * warning ({@link CalloutReplies#keyed}, in this transaction), where the confirm key answers the person's 叫应 call. A result for a
   * message no longer {@code SENT} (told before) changes nothing and counts as unknown.
   */
  VoiceOutcome voiceResults(List<VoiceResult> results) {
    if (results == null || results.isEmpty() || results.size() > 1000) {
      throw new RuleViolatedException("messaging.receipt-invalid", "results: 1 to 1000");
    }
    int delivered = 0;
    int failed = 0;
    int unknown = 0;
    int confirmed = 0;
    for (VoiceResult r : results) {
      String status = r.status() == null ? "" : r.status().trim().toUpperCase(java.util.Locale.ROOT);
      if (r.id() == null || r.id().isBlank() || !VOICE_STATUSES.contains(status) || (r.keys() != null && r.keys().length() > 40)) {
        throw new RuleViolatedException("messaging.receipt-invalid", "id and status ANSWERED, NO_ANSWER, BUSY or FAILED");
      }
      Instant at = r.at() == null ? clock.instant() : r.at();
      List<Deliveries.Receipted> messages = outbox.sentWithReceipt(r.id(), blank(r.mobile()) ? null : r.mobile().trim(), ChannelKind.VOICE);
      if (messages.isEmpty()) {
        unknown++;
      }
      boolean answered = status.equals("ANSWERED");
      for (Deliveries.Receipted m : messages) {
        if (mark(m, answered, "voice: " + status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + (blank(r.error()) ? "" : ": " + r.error()), at)) {
          delivered++;
          String mobile = blank(r.mobile()) ? m.address() : r.mobile().trim();
          if (r.keys() != null && !r.keys().isBlank()) {
            confirmed += replies.keyed(mobile, r.keys().strip(), at, m.correlation());
          }
        } else {
          failed++;
        }
      }
    }
    return new VoiceOutcome(delivered, failed, unknown, confirmed);
  }

  private static final List<String> VOICE_STATUSES = List.of("ANSWERED", "NO_ANSWER", "BUSY", "FAILED");

  /** Marks a sent message delivered (publishing {@link MessageDelivered}) or not delivered; answers which. */
  private boolean mark(Deliveries.Receipted m, boolean delivered, String reason, Instant at) {
    if (delivered) {
      outbox.delivered(m, at);
      events.publishEvent(new MessageDelivered(m.correlation(), m.channel(), m.receipt(), at));
      metrics.count(m.channel(), "delivered", 1);
      return true;
    }
    outbox.undelivered(m, reason, at);
    metrics.count(m.channel(), "undelivered", 1);
    return false;
  }

  InboundResult inbound(Inbound in) {
    if (in == null || blank(in.mobile()) || blank(in.text()) || in.text().length() > 2000 || in.mobile().length() > 40) {
      throw new RuleViolatedException("messaging.reply-invalid");
    }
    if (!blank(in.id())) {
      Long known = jdbc.sql("select id from messaging_reply where provider_id = :id").param("id", in.id()).query(Long.class)
          .optional().orElse(null);
      if (known != null) {
        return new InboundResult(known, 0, true);
      }
    }
    Instant receivedAt = in.receivedAt() == null ? clock.instant() : in.receivedAt();
    String inReplyTo = blank(in.inReplyTo()) ? null : outbox.correlationNamed(in.inReplyTo().trim());
    String mobile = in.mobile().trim();
    int answered = replies.reply(mobile, in.text(), receivedAt, inReplyTo);
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into messaging_reply (provider_id, mobile, text, received_at, in_reply_to, answered, stored_at)
            values (:provider, :mobile, :text, :received, :inReplyTo, :answered, :now)""")
        .param("provider", blank(in.id()) ? null : Outbox.cut(in.id(), 200)).param("mobile", mobile).param("text", in.text())
        .param("received", Outbox.utc(receivedAt)).param("inReplyTo", inReplyTo).param("answered", answered)
        .param("now", Outbox.utc(clock.instant()))
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    events.publishEvent(new ReplyReceived(id, mobile, in.text(), receivedAt, inReplyTo, answered));
    return new InboundResult(id, answered, false);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
