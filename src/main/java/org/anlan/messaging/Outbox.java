package org.anlan.messaging;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The outbox tables: batched inserts, the dispatcher's claim and the record of each try. */
@Component
class Outbox {

  private static final int CHUNK = 1000;
  private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

  private final JdbcTemplate jdbcTemplate;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  Outbox(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json) {
    this.jdbcTemplate = jdbcTemplate;
    this.jdbc = jdbc;
    this.json = json;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A message to insert; {@code reason} is set when it cannot be sent at all (it is stored FAILED). */
  record Row(OutgoingMessage message, String reason) {}

  /** Inserts the messages in batched statements. */
  void insert(List<Row> rows, Instant now) {
    jdbcTemplate.batchUpdate("""
        insert into messaging_message (correlation, channel, person_id, name, address, subject, text, answer_link,
          answer_by, params, priority, state, attempts, next_attempt_at, queued_at, failed_at, last_error)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", rows, CHUNK,
        (ps, row) -> bind(ps, row.message(), row.reason(), now));
  }

  private void bind(PreparedStatement ps, OutgoingMessage m, String reason, Instant now) throws SQLException {
    ps.setString(1, m.correlation());
    ps.setString(2, m.channel().name());
    if (m.personId() == null) {
      ps.setNull(3, Types.BIGINT);
    } else {
      ps.setLong(3, m.personId());
    }
    ps.setString(4, cut(m.name(), 100));
    ps.setString(5, cut(m.address(), 200));
    ps.setString(6, cut(m.subject(), 300));
    ps.setString(7, cut(m.text(), 4000));
    ps.setString(8, cut(m.answerLink(), 1000));
    ps.setObject(9, utc(m.answerBy()));
    ps.setString(10, m.params().isEmpty() ? null : json.writeValueAsString(m.params()));
    ps.setInt(11, m.priority());
    ps.setString(12, reason == null ? "QUEUED" : "FAILED");
    ps.setObject(13, utc(now));
    ps.setObject(14, utc(now));
    ps.setObject(15, reason == null ? null : utc(now));
    ps.setString(16, reason);
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * Claims up to {@code limit} due messages of a channel, highest priority first, skipping rows another node
   * holds: counts the try and moves their next attempt past the lease, so a node that dies while sending
   * leaves them due again later. Call inside a transaction.
   */
  List<Envelope> claim(ChannelKind kind, int limit, Instant now, Duration lease) {
    List<Envelope> due = jdbc.sql("""
            select id, correlation, channel, person_id, name, address, subject, text, answer_link, answer_by, params,
              priority, attempts from messaging_message
            where channel = :channel and state = 'QUEUED' and next_attempt_at <= :now
            order by priority desc, next_attempt_at, id
            limit :limit
            for update skip locked""")
        .param("channel", kind.name()).param("now", utc(now)).param("limit", limit)
        .query(this::envelope).list();
    if (!due.isEmpty()) {
      OffsetDateTime until = utc(now.plus(lease));
      jdbcTemplate.batchUpdate("update messaging_message set attempts = attempts + 1, next_attempt_at = ? where id = ?",
          due, due.size(), (ps, e) -> {
            ps.setObject(1, until);
            ps.setLong(2, e.id());
          });
    }
    return due;
  }

  private Envelope envelope(ResultSet rs, int n) throws SQLException {
    long person = rs.getLong("person_id");
    Long personId = rs.wasNull() ? null : person;
    String params = rs.getString("params");
    OffsetDateTime answerBy = rs.getObject("answer_by", OffsetDateTime.class);
    return new Envelope(rs.getLong("id"), rs.getString("correlation"), ChannelKind.valueOf(rs.getString("channel")),
        personId, rs.getString("name"), rs.getString("address"), rs.getString("subject"), rs.getString("text"),
        rs.getString("answer_link"), answerBy == null ? null : answerBy.toInstant(), rs.getInt("priority"),
        params == null ? Map.of() : json.readValue(params, PARAMS), rs.getInt("attempts") + 1);
  }

  /** One try's result, decided by the dispatcher. */
  record Result(Envelope envelope, Outcome.Kind outcome, String detail, Instant retryAt) {}

  /** Records the results of one batch: the message rows and one attempt row each. */
  void record(List<Result> results, Instant now) {
    OffsetDateTime at = utc(now);
    List<Result> sent = new ArrayList<>();
    List<Result> retry = new ArrayList<>();
    List<Result> failed = new ArrayList<>();
    for (Result r : results) {
      (switch (r.outcome()) {
        case SENT -> sent;
        case RETRY -> retry;
        case FAILED -> failed;
      }).add(r);
    }
    jdbcTemplate.batchUpdate("""
        update messaging_message set state = 'SENT', sent_at = ?, receipt = ?, last_error = null
        where id = ? and state = 'QUEUED'""", sent, CHUNK, (ps, r) -> {
      ps.setObject(1, at);
      ps.setString(2, cut(r.detail(), 200));
      ps.setLong(3, r.envelope().id());
    });
    jdbcTemplate.batchUpdate("update messaging_message set next_attempt_at = ?, last_error = ? where id = ? and state = 'QUEUED'",
        retry, CHUNK, (ps, r) -> {
          ps.setObject(1, utc(r.retryAt()));
          ps.setString(2, cut(r.detail(), 1000));
          ps.setLong(3, r.envelope().id());
        });
    jdbcTemplate.batchUpdate("""
        update messaging_message set state = 'FAILED', failed_at = ?, last_error = ? where id = ? and state = 'QUEUED'""",
        failed, CHUNK, (ps, r) -> {
          ps.setObject(1, at);
          ps.setString(2, cut(r.detail(), 1000));
          ps.setLong(3, r.envelope().id());
        });
    jdbcTemplate.batchUpdate("insert into messaging_attempt (message_id, attempt, at, outcome, detail) values (?, ?, ?, ?, ?)",
        results, CHUNK, (ps, r) -> {
          ps.setLong(1, r.envelope().id());
          ps.setInt(2, r.envelope().attempt());
          ps.setObject(3, at);
          ps.setString(4, r.outcome().name());
          ps.setString(5, cut(r.detail(), 1000));
        });
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
