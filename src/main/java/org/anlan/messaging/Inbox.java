package org.anlan.messaging;

import java.time.Instant;
import java.util.List;
import org.anlan.platform.RowInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The in-app inbox table: one row per in-app message, per directory person. */
@Component
class Inbox {

  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;

  Inbox(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
    this.jdbcTemplate = jdbcTemplate;
    this.jdbc = jdbc;
  }

  /** Writes the rows; a message already in the inbox (a retry after a crash) is not written twice. */
  void write(List<Envelope> batch, Instant now) {
    java.time.OffsetDateTime at = Outbox.utc(now);
    RowInserts.insert(jdbcTemplate, "insert into messaging_inbox (person_id, correlation, subject, text, link, created_at) values",
        "(?, ?, ?, ?, ?, ?)", "on conflict do nothing", batch, m -> new Object[] {m.personId(), m.correlation(),
            Outbox.cut(m.subject(), 300), Outbox.cut(m.text(), 4000), Outbox.cut(m.answerLink(), 1000), at});
  }

  List<InboxItem> of(long personId, boolean unreadOnly, int limit) {
    String unread = unreadOnly ? "and read_at is null" : "";
    return jdbc.sql("select id, subject, text, link, created_at, read_at from messaging_inbox where person_id = :person "
            + unread + " order by created_at desc, id desc limit :limit")
        .param("person", personId).param("limit", limit)
        .query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getString("subject"), rs.getString("text"), rs.getString("link"),
            Outbox.instant(rs, "created_at"), Outbox.instant(rs, "read_at")))
        .list();
  }

  InboxItem one(long id, long personId) {
    return jdbc.sql("select id, subject, text, link, created_at, read_at from messaging_inbox where id = :id and person_id = :person")
        .param("id", id).param("person", personId)
        .query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getString("subject"), rs.getString("text"), rs.getString("link"),
            Outbox.instant(rs, "created_at"), Outbox.instant(rs, "read_at")))
        .optional().orElse(null);
  }

  void markRead(long id, Instant at) {
    jdbc.sql("update messaging_inbox set read_at = :at where id = :id and read_at is null").param("at", Outbox.utc(at)).param("id", id).update();
  }

  int unread(long personId) {
    return jdbc.sql("select count(*) from messaging_inbox where person_id = :person and read_at is null")
        .param("person", personId).query(Integer.class).single();
  }

  /** One inbox message as its reader sees it. */
  record InboxItem(long id, String subject, String text, String link, Instant createdAt, Instant readAt) {}
}
