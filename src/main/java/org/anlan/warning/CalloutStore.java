package org.anlan.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anlan.platform.RowInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 叫应 tables: calls, the steps taken and the answer tokens, written in batches. */
@Component
class CalloutStore {

  private static final String CALL = "select * from warning_call";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  CalloutStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A new call before it is stored. */
  record NewCall(long personId, String name, String mobile, String email, String role, String areaCode, String townCode,
      Long zoneId) {}

  /** One step row to write: {@code personId} 0 with a note when the step found nobody. */
  record StepRow(long callId, long warningId, int step, CalloutStep kind, long personId, String name, String mobile,
      String channels, Instant at, Instant dueAt, String note) {}

  record TokenRow(String hash, long callId, long personId, int step, Instant expiresAt) {}

  /** Inserts the calls of one round and returns them, by person. */
  Map<Long, Call> insertCalls(long warningId, int round, WarningLevel level, List<NewCall> calls, Instant now, Instant dueAt) {
    OffsetDateTime opened = utc(now);
    OffsetDateTime due = utc(dueAt);
    RowInserts.insert(batch, """
        insert into warning_call (warning_id, round, level, person_id, name, mobile, email, role, area_code, town_code,
          zone_id, step, status, opened_at, due_at) values""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'WAITING', ?, ?)", "", calls,
        c -> new Object[] {warningId, round, level.name(), c.personId(), c.name(), c.mobile(), c.email(), cut(c.role(), 300),
            c.areaCode(), c.townCode(), c.zoneId(), opened, due});
    Map<Long, Call> byPerson = new HashMap<>();
    round(warningId, round).forEach(c -> byPerson.put(c.personId(), c));
    return byPerson;
  }

  /** Writes the step rows of calls just opened, which cannot have any yet: in multi-row statements. */
  void insertNewSteps(List<StepRow> rows) {
    RowInserts.insert(batch, STEP_INSERT, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "", rows, CalloutStore::stepValues);
  }

  private static final String STEP_INSERT = """
      insert into warning_call_step (call_id, warning_id, step, kind, person_id, name, mobile, channels, at, due_at, note)
      values""";

  private static Object[] stepValues(StepRow r) {
    return new Object[] {r.callId(), r.warningId(), r.step(), r.kind().name(), r.personId(), r.name(), r.mobile(), r.channels(),
        utc(r.at()), utc(r.dueAt()), cut(r.note(), 300)};
  }

  /** Writes step rows; returns, in order, whether each was new (a repeated (call, step, person) is skipped). */
  boolean[] insertSteps(List<StepRow> rows) {
    boolean[] added = new boolean[rows.size()];
    int[][] counts = batch.batchUpdate(STEP_INSERT + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", rows, 1000,
        (ps, r) -> {
          Object[] v = stepValues(r);
          for (int k = 0; k < v.length; k++) {
            ps.setObject(k + 1, v[k]);
          }
        });
    int i = 0;
    for (int[] chunk : counts) {
      for (int c : chunk) {
        added[i++] = c == Statement.SUCCESS_NO_INFO || c > 0;
      }
    }
    return added;
  }

  /** Of these people, those sent a message of this step kind for the warning since the instant. */
  java.util.Set<Long> messagedSince(long warningId, CalloutStep kind, Collection<Long> personIds, Instant since) {
    if (personIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(jdbc.sql("""
            select distinct person_id from warning_call_step where warning_id = :w and kind = :k and person_id in (:ids)
            and channels <> '' and at >= :since""")
        .param("w", warningId).param("k", kind.name()).param("ids", personIds).param("since", utc(since))
        .query(Long.class).list());
  }

  void insertTokens(List<TokenRow> rows) {
    RowInserts.insert(batch, "insert into warning_answer_token (token_hash, call_id, person_id, step, expires_at) values",
        "(?, ?, ?, ?, ?)", "", rows, t -> new Object[] {t.hash(), t.callId(), t.personId(), t.step(), utc(t.expiresAt())});
  }

  Optional<TokenRow> token(String hash) {
    return jdbc.sql("select * from warning_answer_token where token_hash = :h").param("h", hash)
        .query((rs, n) -> new TokenRow(rs.getString("token_hash"), rs.getLong("call_id"), rs.getLong("person_id"),
            rs.getInt("step"), instant(rs, "expires_at")))
        .optional();
  }

  /**
   * The calls these tokens answer, row-locked (in call order, so two groups never wait on each other), with their
   * tokens, by token hash: one statement for a group of one-click answers. Unknown hashes are absent.
   */
  Map<String, Map.Entry<TokenRow, Call>> lockByTokens(Collection<String> hashes) {
    Map<String, Map.Entry<TokenRow, Call>> found = new HashMap<>();
    if (hashes.isEmpty()) {
      return found;
    }
    jdbc.sql("""
            select c.*, t.token_hash as t_hash, t.person_id as t_person, t.step as t_step, t.expires_at as t_expires
            from warning_answer_token t join warning_call c on c.id = t.call_id where t.token_hash in (:h)
            order by c.id for update""")
        .param("h", List.copyOf(hashes))
        .query((rs, n) -> Map.entry(new TokenRow(rs.getString("t_hash"), rs.getLong("id"), rs.getLong("t_person"), rs.getInt("t_step"),
            instant(rs, "t_expires")), call(rs, n)))
        .list().forEach(e -> found.put(e.getKey().hash(), e));
    return found;
  }

  Optional<Call> call(long id) {
    return jdbc.sql(CALL + " where id = :id").param("id", id).query(CalloutStore::call).optional();
  }

  /** The call, row-locked for the rest of the transaction (escalation and answers serialise on it). */
  Optional<Call> lock(long id) {
    return jdbc.sql(CALL + " where id = :id for update").param("id", id).query(CalloutStore::call).optional();
  }

  /** The calls of one round, in the order they were opened. */
  List<Call> round(long warningId, int round) {
    return jdbc.sql(CALL + " where warning_id = :w and round = :r order by id").param("w", warningId).param("r", round)
        .query(CalloutStore::call).list();
  }

  /** The newest round of the warning that has calls, 0 when none. */
  int latestRound(long warningId) {
    Integer r = jdbc.sql("select max(round) from warning_call where warning_id = :w").param("w", warningId)
        .query(Integer.class).single();
    return r == null ? 0 : r;
  }

  /** Calls opened in from (inclusive) to (exclusive), for the analysis. */
  List<Call> openedBetween(Instant from, Instant to) {
    return jdbc.sql(CALL + " where opened_at >= :from and opened_at < :to order by id")
        .param("from", utc(from)).param("to", utc(to)).query(CalloutStore::call).list();
  }

  List<StepRow> steps(Collection<Long> callIds) {
    List<StepRow> all = new ArrayList<>();
    List<Long> ids = List.copyOf(callIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      all.addAll(jdbc.sql("select * from warning_call_step where call_id in (:ids) order by call_id, step, id")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).query(CalloutStore::step).list());
    }
    return all;
  }

  List<StepRow> stepsOfWarning(long warningId) {
    return jdbc.sql("select * from warning_call_step where warning_id = :w order by call_id, step, id").param("w", warningId)
        .query(CalloutStore::step).list();
  }

  /** Open calls (waiting, or every step spent) in which the person was sent a step, newest first. */
  List<Call> openCallsReaching(long personId, Long warningId) {
    return jdbc.sql(CALL + " c where c.status in ('WAITING', 'UNANSWERED')"
            + (warningId == null ? "" : " and c.warning_id = :w")
            + " and exists (select 1 from warning_call_step s where s.call_id = c.id and s.person_id = :p) order by c.id desc")
        .param("p", personId).param("w", warningId).query(CalloutStore::call).list();
  }

  /** Open calls in which a step went to this mobile number, with the person it went to, newest first. */
  List<Map.Entry<Call, Long>> openCallsReachingMobile(String mobile) {
    return jdbc.sql("select c.*, s.person_id as reached from warning_call c join warning_call_step s on s.call_id = c.id"
            + " where c.status in ('WAITING', 'UNANSWERED') and s.mobile = :m order by c.id desc")
        .param("m", mobile).query((rs, n) -> Map.entry(call(rs, n), rs.getLong("reached"))).list();
  }

  /** These calls, row-locked in id order for the rest of the transaction (a group of escalations), by id. */
  Map<Long, Call> lockAll(Collection<Long> ids) {
    Map<Long, Call> found = new HashMap<>();
    List<Long> all = ids.stream().sorted().toList();
    for (int from = 0; from < all.size(); from += 1000) {
      jdbc.sql(CALL + " where id in (:ids) order by id for update").param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
          .query(CalloutStore::call).list().forEach(c -> found.put(c.id(), c));
    }
    return found;
  }

  /** A call moved on to a step, due again at an instant. */
  record Advance(long callId, int step, Instant dueAt) {}

  void advance(List<Advance> advances) {
    batch.batchUpdate("update warning_call set step = ?, due_at = ? where id = ?", advances, 1000, (ps, a) -> {
      ps.setInt(1, a.step());
      ps.setObject(2, utc(a.dueAt()));
      ps.setLong(3, a.callId());
    });
  }

  /** Every step spent without an answer: the calls read UNANSWERED (an answer still counts, late). */
  void exhaust(Collection<Long> callIds) {
    if (!callIds.isEmpty()) {
      jdbc.sql("update warning_call set status = 'UNANSWERED' where id in (:ids) and status = 'WAITING'").param("ids", List.copyOf(callIds))
          .update();
    }
  }

  /** An answer to record: {@code recordedBy} names the staff member who took it by phone. */
  record AnswerRow(long callId, Instant at, long byPerson, String byName, Call.AnswerChannel channel, String feedback,
      String recordedBy) {}

  /** Records each answer if its call is still open; false where it was answered or closed meanwhile. One batch. */
  boolean[] answer(List<AnswerRow> answers) {
    int[][] counts = batch.batchUpdate("""
        update warning_call set status = 'ANSWERED', answered_at = ?, answered_by = ?, answered_by_name = ?,
          answer_channel = ?, feedback = ?, recorded_by = ? where id = ? and status in ('WAITING', 'UNANSWERED')""",
        answers, 1000, (ps, a) -> {
          ps.setObject(1, utc(a.at()));
          ps.setLong(2, a.byPerson());
          ps.setString(3, a.byName());
          ps.setString(4, a.channel().name());
          ps.setString(5, cut(a.feedback(), 500));
          ps.setString(6, a.recordedBy());
          ps.setLong(7, a.callId());
        });
    boolean[] done = new boolean[answers.size()];
    int i = 0;
    for (int[] chunk : counts) {
      for (int c : chunk) {
        done[i++] = c > 0 || c == Statement.SUCCESS_NO_INFO;
      }
    }
    return done;
  }

  /** Adds feedback to an answered call that had none (a second click with a report). */
  boolean addFeedback(long callId, String feedback) {
    return jdbc.sql("update warning_call set feedback = :fb where id = :id and status = 'ANSWERED' and feedback is null")
        .param("fb", cut(feedback, 500)).param("id", callId).update() == 1;
  }

  /** Closes every open call of the warning (a new round, or the warning lifted); returns how many. */
  int closeOpen(long warningId, Instant at) {
    return jdbc.sql("update warning_call set status = 'CLOSED', closed_at = :at where warning_id = :w and status in ('WAITING', 'UNANSWERED')")
        .param("at", utc(at)).param("w", warningId).update();
  }

  /** Whether the duty officers were told of an alarm draft by SMS after {@code since} (and not after {@code now}). */
  boolean dutySmsBetween(Instant since, Instant now) {
    return jdbc.sql("select count(*) from warning_warning where duty_sms_at > :since and duty_sms_at <= :now")
        .param("since", utc(since)).param("now", utc(now)).query(Long.class).single() > 0;
  }

  /** Alarm drafts still waiting for the duty officer, other than {@code except}. */
  int alarmDraftsWaiting(long except) {
    return jdbc.sql("select count(*) from warning_warning where source = 'ALARM' and status = 'DRAFT' and id <> :id").param("id", except)
        .query(Long.class).single().intValue();
  }

  void markDutySms(long warningId, Instant at) {
    jdbc.sql("update warning_warning set duty_sms_at = :at where id = :id").param("at", utc(at)).param("id", warningId).update();
  }

  private static Call call(ResultSet rs, int n) throws SQLException {
    String channel = rs.getString("answer_channel");
    return new Call(rs.getLong("id"), rs.getLong("warning_id"), rs.getInt("round"), WarningLevel.valueOf(rs.getString("level")),
        rs.getLong("person_id"), rs.getString("name"), rs.getString("mobile"), rs.getString("email"), rs.getString("role"),
        rs.getString("area_code"), rs.getString("town_code"), rs.getObject("zone_id", Long.class), rs.getInt("step"),
        Call.Status.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "due_at"),
        instant(rs, "answered_at"), rs.getObject("answered_by", Long.class), rs.getString("answered_by_name"),
        channel == null ? null : Call.AnswerChannel.valueOf(channel), rs.getString("feedback"), rs.getString("recorded_by"),
        instant(rs, "closed_at"));
  }

  private static StepRow step(ResultSet rs, int n) throws SQLException {
    return new StepRow(rs.getLong("call_id"), rs.getLong("warning_id"), rs.getInt("step"), CalloutStep.valueOf(rs.getString("kind")),
        rs.getLong("person_id"), rs.getString("name"), rs.getString("mobile"), rs.getString("channels"), instant(rs, "at"),
        instant(rs, "due_at"), rs.getString("note"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
