package org.anlan.platform;

/**
 * SPI: what happens when a deadline of one {@link #kind()} falls due. Handlers are Spring beans;
 * the scheduler finds them by kind (two handlers of the same kind fail the start).
 *
 * <p>{@link #handle} runs inside the scheduler's transaction, and the deadline is marked done in
 * that same transaction: if the handler's database work commits, the deadline is done; if it throws
 * or the node dies before the commit, both roll back and the deadline fires again. So database
 * effects happen exactly once. Anything outside the database (an SMS, a call) must go through
 * something transactional too (an event publication, an outbox row), or be safe to repeat.
 */
public interface DeadlineHandler {

  /** The kind this handler fires, e.g. {@code warning.escalate}. */
  String kind();

  /** Does the work of one due deadline; throw to roll back and retry later with back-off. */
  void handle(Deadline deadline);

  /**
   * Does the work of several due deadlines of this kind at once (the scheduler claims them in batches): a
   * handler that can share work between them (one query for all their rows, one insert for all their
   * messages) overrides this. All or nothing: if it throws, its work rolls back and the scheduler fires the
   * deadlines again one by one through {@link #handle}, so a failing one fails alone.
   */
  default void handleAll(java.util.List<Deadline> deadlines) {
    deadlines.forEach(this::handle);
  }
}
