package org.anlan.platform;

import java.time.Instant;

/**
 * One deadline as its {@link DeadlineHandler} sees it when it fires.
 *
 * @param kind the handler key, e.g. {@code warning.escalate}
 * @param ref the owner's id or key, unique within the kind (one step of one thing)
 * @param dueAt when it was due
 * @param payload small text (often JSON) the owner stored with it; may be null
 * @param attempts how many earlier attempts failed (0 on the first firing)
 */
public record Deadline(long id, String kind, String ref, Instant dueAt, String payload, int attempts) {}
