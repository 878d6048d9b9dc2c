package org.anlan.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines as data: a module schedules a step ({@code kind} + {@code ref}) due at an instant, in
 * the transaction of the change that made it necessary, and the one scheduler ({@link
 * DeadlineRunner}) fires it through the {@link DeadlineHandler} of that kind, once, even across
 * restarts and on several nodes.
 */
@Component
public class Deadlines {

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batch;
  private final java.time.Clock clock;

  Deadlines(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  /**
   * Schedules one step. Idempotent: if the same kind and ref exist already (in whatever state),
   * nothing changes and false is returned.
   *
   * @return true if the deadline was new
   */
  @Transactional
  public boolean schedule(String kind, String ref, Instant dueAt, String payload) {
    return jdbc.sql("""
            insert into platform_deadline (kind, ref, due_at, payload, status, attempts, created_at)
            values (:kind, :ref, :due, :payload, 'PENDING', 0, :now)
            on conflict do nothing""")
        .param("kind", kind).param("ref", ref).param("due", utc(dueAt)).param("payload", payload)
        .param("now", utc(clock.instant()))
        .update() == 1;
  }

  /**
   * Schedules many steps of one kind in one batch (same rules as {@link #schedule}: an existing
   * kind and ref is left as it is).
   *
   * @return how many were new
   */
  @Transactional
  public int scheduleAll(String kind, List<Step> steps) {
    if (steps.isEmpty()) {
      return 0;
    }
    OffsetDateTime now = utc(clock.instant());
    return RowInserts.insert(batch, "insert into platform_deadline (kind, ref, due_at, payload, status, attempts, created_at) values",
        "(?, ?, ?, ?, 'PENDING', 0, ?)", "on conflict do nothing", steps,
        step -> new Object[] {kind, step.ref(), utc(step.dueAt()), step.payload(), now});
  }

  /** One step for {@link #scheduleAll}. */
  public record Step(String ref, Instant dueAt, String payload) {}

  /** Cancels a pending step; true if one was pending. Done, failed or unknown steps are left alone. */
  @Transactional
  public boolean cancel(String kind, String ref) {
    return jdbc.sql("update platform_deadline set status = 'CANCELLED', done_at = :now where kind = :kind and ref = :ref and status = 'PENDING'")
        .param("now", utc(clock.instant())).param("kind", kind).param("ref", ref).update() == 1;
  }

  /** Cancels the pending steps of a kind among these refs; returns how many were pending. */
  @Transactional
  public int cancelEach(String kind, java.util.Collection<String> refs) {
    List<String> all = List.copyOf(refs);
    int cancelled = 0;
    for (int from = 0; from < all.size(); from += 1000) {
      cancelled += jdbc.sql("update platform_deadline set status = 'CANCELLED', done_at = :now where kind = :kind and ref in (:refs) and status = 'PENDING'")
          .param("now", utc(clock.instant())).param("kind", kind).param("refs", all.subList(from, Math.min(all.size(), from + 1000)))
          .update();
    }
    return cancelled;
  }

  /** Cancels every pending step of a kind whose ref starts with the prefix (e.g. all steps of one warning); returns how many. */
  @Transactional
  public int cancelAll(String kind, String refPrefix) {
    String escaped = refPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql("update platform_deadline set status = 'CANCELLED', done_at = :now where kind = :kind and ref like :prefix escape '\\' and status = 'PENDING'")
        .param("now", utc(clock.instant())).param("kind", kind).param("prefix", escaped + "%").update();
  }

  /** One step's current state, if it was ever scheduled. */
  @Transactional(readOnly = true)
  public Optional<State> find(String kind, String ref) {
    return jdbc.sql("select kind, ref, due_at, status, attempts, last_error from platform_deadline where kind = :kind and ref = :ref")
        .param("kind", kind).param("ref", ref)
        .query((rs, n) -> new State(rs.getString("kind"), rs.getString("ref"), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
            Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error")))
        .optional();
  }

  /** Every step of a kind, in due order (for owners' views and tests). */
  @Transactional(readOnly = true)
  public List<State> list(String kind) {
    return jdbc.sql("select kind, ref, due_at, status, attempts, last_error from platform_deadline where kind = :kind order by due_at, id")
        .param("kind", kind)
        .query((rs, n) -> new State(rs.getString("kind"), rs.getString("ref"), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
            Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error")))
        .list();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Where a deadline stands. */
  public enum Status { PENDING, DONE, FAILED, CANCELLED }

  /** A deadline's state; {@code dueAt} of a retried step is its next attempt. */
  public record State(String kind, String ref, Instant dueAt, Status status, int attempts, String lastError) {}
}
