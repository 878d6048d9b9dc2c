package org.anlan.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.anlan.platform.Databases;
import org.anlan.platform.RowInserts;
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
  private final boolean postgres;

  Outbox(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
    this.postgres = Databases.isPostgres(dataSource);
    this.jdbcTemplate = jdbcTemplate;
    this.jdbc = jdbc;
    this.json = json;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A message to insert; {@code reason} is set when it cannot be sent at all (it is stored FAILED). */
  record Row(OutgoingMessage message, String reason) {}

  /** Inserts the messages in multi-row statements. */
  void insert(List<Row> rows, Instant now) {
    OffsetDateTime at = utc(now);
    RowInserts.insert(jdbcTemplate, """
        insert into messaging_message (correlation, channel, person_id, name, address, subject, text, answer_link,
          answer_by, params, priority, state, attempts, next_attempt_at, queued_at, failed_at, last_error) values""",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", "", rows, row -> values(row.message(), row.reason(), at));
  }

  private Object[] values(OutgoingMessage m, String reason, OffsetDateTime now) {
    return new Object[] {m.correlation(), m.channel().name(), m.personId(), cut(m.name(), 100), cut(m.address(), 200),
        cut(m.subject(), 300), cut(m.text(), 4000), cut(m.answerLink(), 1000), utc(m.answerBy()),
        m.params().isEmpty() ? null : json.writeValueAsString(m.params()), m.priority(), reason == null ? "QUEUED" : "FAILED",
        now, now, reason == null ? null : now, reason};
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * Claims up to {@code limit} due messages of a channel, highest priority first, skipping rows another node
   * holds: counts the try and moves their next attempt past the lease, so a node that dies while sending
   * leaves them due again later. Call inside a transaction. Without a lease the rows stay as they are, locked
   * until the transaction ends: the caller sends and records them in the same transaction ({@link #record}
   * with {@code counted} false then counts the try).
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
    if (!due.isEmpty() && lease != null) {
      OffsetDateTime until = utc(now.plus(lease));
      jdbc.sql("update messaging_message set attempts = attempts + 1, next_attempt_at = :until where id in (:ids)")
          .param("until", until).param("ids", due.stream().map(Envelope::id).toList()).update();
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

  /**
   * Records the results of one batch: the message rows and one attempt row each.
   *
   * @param counted whether the claim counted the try already (a claim with a lease did)
   */
  void record(List<Result> results, Instant now, boolean counted) {
    String count = counted ? "" : "attempts = attempts + 1, ";
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
    List<Long> sentBare = new ArrayList<>();
    List<Result> sentWithReceipt = new ArrayList<>();
    for (Result r : sent) {
      if (r.detail() == null) {
        sentBare.add(r.envelope().id());
      } else {
        sentWithReceipt.add(r);
      }
    }
    RowInserts.insert(jdbcTemplate, "insert into messaging_attempt (message_id, attempt, at, outcome, detail) values",
        "(?, ?, ?, ?, ?)", "", results,
        r -> new Object[] {r.envelope().id(), r.envelope().attempt(), at, r.outcome().name(), cut(r.detail(), 1000)});
    for (int from = 0; from < sentBare.size(); from += CHUNK) {
      jdbc.sql("update messaging_message set " + count + "state = 'SENT', sent_at = :at, receipt = null, last_error = null"
              + " where id in (:ids) and state = 'QUEUED'")
          .param("at", at).param("ids", sentBare.subList(from, Math.min(sentBare.size(), from + CHUNK))).update();
    }
    if (postgres && !sentWithReceipt.isEmpty()) {
      jdbcTemplate.update("""
          update messaging_message set %sstate = 'SENT', sent_at = ?, receipt = (?::varchar[])[array_position(?::int8[], id)],
            last_error = null where id = any(?::int8[]) and state = 'QUEUED'""".formatted(count), ps -> {
        // not a join with unnest(…): once the driver prepares it, PostgreSQL's generic plan of such a join scans
        // the whole table (seconds per batch); id = any(array) stays an index lookup whatever the array
        java.sql.Array ids = ps.getConnection().createArrayOf("int8", sentWithReceipt.stream().map(r -> r.envelope().id()).toArray());
        ps.setObject(1, at);
        ps.setArray(2, ps.getConnection().createArrayOf("varchar", sentWithReceipt.stream().map(r -> cut(r.detail(), 200)).toArray()));
        ps.setArray(3, ids);
        ps.setArray(4, ids);
      });
    } else {
      jdbcTemplate.batchUpdate("""
          update messaging_message set %sstate = 'SENT', sent_at = ?, receipt = ?, last_error = null
          where id = ? and state = 'QUEUED'""".formatted(count), sentWithReceipt, CHUNK, (ps, r) -> {
        ps.setObject(1, at);
        ps.setString(2, cut(r.detail(), 200));
        ps.setLong(3, r.envelope().id());
      });
    }
    jdbcTemplate.batchUpdate("update messaging_message set " + count + "next_attempt_at = ?, last_error = ? where id = ? and state = 'QUEUED'",
        retry, CHUNK, (ps, r) -> {
          ps.setObject(1, utc(r.retryAt()));
          ps.setString(2, cut(r.detail(), 1000));
          ps.setLong(3, r.envelope().id());
        });
    jdbcTemplate.batchUpdate("""
        update messaging_message set %sstate = 'FAILED', failed_at = ?, last_error = ? where id = ? and state = 'QUEUED'""".formatted(count),
        failed, CHUNK, (ps, r) -> {
          ps.setObject(1, at);
          ps.setString(2, cut(r.detail(), 1000));
          ps.setLong(3, r.envelope().id());
        });
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
