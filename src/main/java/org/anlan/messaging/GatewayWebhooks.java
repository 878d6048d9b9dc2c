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
 * What the SMS gateway tells us: delivery receipts (a delivered message publishes {@link MessageDelivered})
 * and inbound replies (stored, handed to warning's {@link CalloutReplies} and published as
 * {@link ReplyReceived}, all in one transaction).
 */
@Service
@Transactional
class SmsWebhooks {

  /** One receipt of the status webhook. */
  record Receipt(String id, String mobile, String status, Instant at, String error) {}

  /** What the status webhook made of a batch of receipts. */
  record ReceiptResult(int delivered, int failed, int unknown) {}

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

  SmsWebhooks(Deliveries outbox, CalloutReplies replies, ApplicationEventPublisher events, MessagingMetrics metrics,
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
      List<Deliveries.Receipted> messages = outbox.sentWithReceipt(r.id(), blank(r.mobile()) ? null : r.mobile().trim());
      if (messages.isEmpty()) {
        unknown++;
      }
      for (Deliveries.Receipted m : messages) {
        if (status.equals("DELIVERED")) {
          outbox.delivered(m, at);
          events.publishEvent(new MessageDelivered(m.correlation(), m.channel(), m.receipt(), at));
          metrics.count(m.channel(), "delivered", 1);
          delivered++;
        } else {
          outbox.undelivered(m, "gateway: not delivered" + (blank(r.error()) ? "" : ": " + r.error()), at);
          metrics.count(m.channel(), "undelivered", 1);
          failed++;
        }
      }
    }
    return new ReceiptResult(delivered, failed, unknown);
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
