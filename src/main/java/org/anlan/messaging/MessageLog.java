package org.anlan.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anlan.platform.Actor;
import org.anlan.platform.AfterCommit;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.Role;
import org.anlan.platform.ScopeDeniedException;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消息记录: the outbox as the command centre sees it — every message by channel and state with its attempts, the counts
 * per channel and state, and 重发 (re-send) of a FAILED message: queued again with a fresh count of tries, the step
 * recorded as an attempt and in the audit log. District duty officers and admins only: a message names a person and
 * an address, not an area, so it cannot be scoped to a town. The one-click answer tokens inside texts and links are
 * masked: the log is not a way to answer for someone.
 */
@Service
class MessageLog {

  /** An answer link's token ({@code /a/<token>}), masked in what the log shows. */
  private static final Pattern ANSWER_TOKEN = Pattern.compile("/a/[A-Za-z0-9_-]{8,}");
  static final String MASKED = "/a/******";

  private final JdbcClient jdbc;
  private final CurrentActor actors;
  private final AuditLog audit;
  private final Dispatcher dispatcher;
  private final Clock clock;

  private final org.anlan.area.AreaCatalogue areas;

  MessageLog(JdbcClient jdbc, CurrentActor actors, AuditLog audit, Dispatcher dispatcher, Clock clock, org.anlan.area.AreaCatalogue areas) {
    this.areas = areas;
    this.jdbc = jdbc;
    this.actors = actors;
    this.audit = audit;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** One message as the log shows it. {@code at} is when it reached its state (queued, sent, delivered, failed). */
  record Entry(long id, String correlation, ChannelKind channel, Long personId, String name, String address,
      String subject, String text, String answerLink, DeliveryState state, int attempts, Instant queuedAt, Instant at,
      String receipt, String lastError) {}

  /** One try (or a receipt, or a re-send) of a message. */
  record Attempt(int attempt, Instant at, String outcome, String detail) {}

  record Detail(Entry message, List<Attempt> attempts) {}

  /**
   * The newest messages first, narrowed by state, channel and text ({@code q}: part of the name, the address or the
   * correlation), at most {@code limit} (1–1,000).
   */
  @Transactional(readOnly = true)
  List<Entry> messages(DeliveryState state, ChannelKind channel, String q, int limit) {
    requireCommandCentre(false);
    String like = q == null || q.isBlank() ? null : "%" + Deliveries.like(q.trim());
    return jdbc.sql("""
            select * from messaging_message
            where (cast(:state as varchar) is null or state = :state) and (cast(:channel as varchar) is null or channel = :channel)
              and (cast(:q as varchar) is null or name like :q escape '\\' or address like :q escape '\\' or correlation like :q escape '\\')
            order by id desc limit :limit""")
        .param("state", state == null ? null : state.name()).param("channel", channel == null ? null : channel.name())
        .param("q", like).param("limit", Math.max(1, Math.min(limit, 1000)))
        .query(MessageLog::entry).list();
  }

  /** Messages per channel and state: {@code {SMS: {SENT: 9000, FAILED: 12}, …}}. */
  @Transactional(readOnly = true)
  Map<ChannelKind, Map<DeliveryState, Long>> counts() {
    requireCommandCentre(false);
    Map<ChannelKind, Map<DeliveryState, Long>> counts = new LinkedHashMap<>();
    for (ChannelKind kind : ChannelKind.values()) {
      Map<DeliveryState, Long> byState = new LinkedHashMap<>();
      for (DeliveryState s : DeliveryState.values()) {
        byState.put(s, 0L);
      }
      counts.put(kind, byState);
    }
    jdbc.sql("select channel, state, count(*) from messaging_message group by channel, state").query(rs -> {
      counts.get(ChannelKind.valueOf(rs.getString(1))).put(DeliveryState.valueOf(rs.getString(2)), rs.getLong(3));
    });
    return counts;
  }

  @Transactional(readOnly = true)
  Detail message(long id) {
    requireCommandCentre(false);
    return new Detail(find(id), attempts(id));
  }

  /**
   * 重发: queues a FAILED message again (a gateway that was down is back, a wrong address was corrected at the
   * source): state QUEUED, its tries counted afresh, due now; an attempt row says who re-sent it. 409
   * {@code messaging.not-failed} for a message in any other state. A message that failed for want of an address
   * fails again at once.
   */
  @Transactional
  Detail resend(long id) {
    Actor actor = requireCommandCentre(true);
    Entry before = find(id);
    if (before.state() != DeliveryState.FAILED) {
      throw new ConflictException("messaging.not-failed", id, before.state().name());
    }
    Instant now = clock.instant();
    int requeued = jdbc.sql("""
            update messaging_message set state = 'QUEUED', attempts = 0, next_attempt_at = :now, failed_at = null, last_error = null
            where id = :id and state = 'FAILED'""")
        .param("now", Outbox.utc(now)).param("id", id).update();
    if (requeued == 0) { // someone re-sent it a moment ago
      throw new ConflictException("messaging.not-failed", id, DeliveryState.QUEUED.name());
    }
    jdbc.sql("insert into messaging_attempt (message_id, attempt, at, outcome, detail) values (:id, :attempt, :at, 'RETRY', :detail)")
        .param("id", id).param("attempt", before.attempts()).param("at", Outbox.utc(now)).param("detail", "重发 resent by " + actor.username()).update();
    Entry after = find(id);
    audit.record("messaging.message", String.valueOf(id), null, "resend", before, after);
    AfterCommit.run(() -> dispatcher.wake(EnumSet.of(before.channel())));
    return new Detail(after, attempts(id));
  }

  private Entry find(long id) {
    return jdbc.sql("select * from messaging_message where id = :id").param("id", id).query(MessageLog::entry).optional()
        .orElseThrow(() -> new NotFoundException("messaging.message-not-found", id));
  }

  private List<Attempt> attempts(long id) {
    return jdbc.sql("select attempt, at, outcome, detail from messaging_attempt where message_id = :id order by id")
        .param("id", id)
        .query((rs, n) -> new Attempt(rs.getInt("attempt"), Outbox.instant(rs, "at"), rs.getString("outcome"), mask(rs.getString("detail"))))
        .list();
  }

  /**
   * The district's duty officers and admins — with the whole district in scope (a duty officer account scoped to one
   * town does not see the district's messages); {@code change}: a writer.
   */
  private Actor requireCommandCentre(boolean change) {
    Actor actor = change ? actors.writer() : actors.get();
    if (!actor.has(Role.DISTRICT_ADMIN) && !actor.has(Role.DUTY_OFFICER)) {
      throw new ScopeDeniedException("access.denied");
    }
    if (!areas.root().code().equals(actor.scope())) {
      throw new ScopeDeniedException("access.out-of-scope", actor.scope().value());
    }
    return actor;
  }

  static String mask(String text) {
    return text == null ? null : ANSWER_TOKEN.matcher(text).replaceAll(MASKED);
  }

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    DeliveryState state = DeliveryState.valueOf(rs.getString("state"));
    String column = state.timeColumn();
    return new Entry(rs.getLong("id"), rs.getString("correlation"), ChannelKind.valueOf(rs.getString("channel")),
        rs.getObject("person_id", Long.class), rs.getString("name"), rs.getString("address"), rs.getString("subject"),
        mask(rs.getString("text")), mask(rs.getString("answer_link")), state, rs.getInt("attempts"), Outbox.instant(rs, "queued_at"),
        Outbox.instant(rs, column), mask(rs.getString("receipt")), mask(rs.getString("last_error"))); // a gateway's reply may echo the text
  }
}
