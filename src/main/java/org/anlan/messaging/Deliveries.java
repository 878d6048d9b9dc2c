package org.anlan.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What became of messages: the deliveries by correlation prefix, and receipts that move a sent message on. */
@Component
class Deliveries {

  private final JdbcClient jdbc;

  Deliveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The deliveries of the messages whose correlation starts with one of the prefixes, oldest first. */
  List<Delivery> deliveries(List<String> prefixes) {
    List<Delivery> found = new ArrayList<>();
    for (String prefix : prefixes) {
      found.addAll(jdbc.sql("""
              select correlation, channel, state, attempts, queued_at, sent_at, delivered_at, failed_at, receipt, last_error
              from messaging_message where correlation like :prefix escape '\\' order by id""")
          .param("prefix", like(prefix)).query(Deliveries::delivery).list());
    }
    return found;
  }

  static String like(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static Delivery delivery(ResultSet rs, int n) throws SQLException {
    DeliveryState state = DeliveryState.valueOf(rs.getString("state"));
    String column = state.timeColumn();
    String detail = state == DeliveryState.FAILED || rs.getString("receipt") == null ? rs.getString("last_error") : rs.getString("receipt");
    return new Delivery(rs.getString("correlation"), ChannelKind.valueOf(rs.getString("channel")), state, rs.getInt("attempts"),
        Outbox.instant(rs, "queued_at"), Outbox.instant(rs, column), detail);
  }

  /** A sent message of the channel named by a receipt (and the number, when the gateway gives it). */
  record Receipted(long id, String correlation, ChannelKind channel, String receipt, String address) {}

  List<Receipted> sentWithReceipt(String receipt, String address, ChannelKind channel) {
    return jdbc.sql("""
            select id, correlation, channel, receipt, address from messaging_message
            where receipt = :receipt and channel = :channel and state = 'SENT' and (cast(:address as varchar) is null or address = :address)""")
        .param("receipt", receipt).param("address", address).param("channel", channel.name())
        .query((rs, n) -> new Receipted(rs.getLong("id"), rs.getString("correlation"),
            ChannelKind.valueOf(rs.getString("channel")), rs.getString("receipt"), rs.getString("address")))
        .list();
  }

  void delivered(Receipted message, Instant at) {
    jdbc.sql("update messaging_message set state = 'DELIVERED', delivered_at = :at where id = :id and state = 'SENT'")
        .param("at", Outbox.utc(at)).param("id", message.id()).update();
    attempt(message.id(), "DELIVERED", message.receipt(), at);
  }

  void undelivered(Receipted message, String reason, Instant at) {
    jdbc.sql("update messaging_message set state = 'FAILED', failed_at = :at, last_error = :reason where id = :id and state = 'SENT'")
        .param("at", Outbox.utc(at)).param("reason", Outbox.cut(reason, 1000)).param("id", message.id()).update();
    attempt(message.id(), "FAILED", reason, at);
  }

  private void attempt(long messageId, String outcome, String detail, Instant at) {
    jdbc.sql("""
            insert into messaging_attempt (message_id, attempt, at, outcome, detail)
            select id, attempts, :at, :outcome, :detail from messaging_message where id = :id""")
        .param("at", Outbox.utc(at)).param("outcome", outcome).param("detail", Outbox.cut(detail, 1000)).param("id", messageId).update();
  }

  /** The correlation of the newest message with this receipt (or this correlation), for a reply that names it. */
  String correlationNamed(String receiptOrCorrelation) {
    return jdbc.sql("select correlation from messaging_message where receipt = :key or correlation = :key order by id desc limit 1")
        .param("key", receiptOrCorrelation).query(String.class).optional().orElse(null);
  }
}
