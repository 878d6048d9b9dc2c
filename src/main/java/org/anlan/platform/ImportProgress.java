package org.anlan.platform;

import java.time.Clock;
import java.time.Instant;

/**
 * How far one Excel import (导入) has got: its phase, and units done of the phase's total (rows while
 * reading and checking, records while writing). Import code gets the handle of the current request
 * from {@link ImportProgressRegistry#current()} and reports as it goes; the platform marks it done or
 * refused when the request ends. A request without an import id gets an untracked handle, so import
 * code never has to ask whether anyone is watching.
 */
public final class ImportProgress {

  /** received → reading rows → checking → writing → done or refused. */
  public enum Phase {
    RECEIVED, READING, CHECKING, WRITING, DONE, REFUSED;

    boolean finished() {
      return this == DONE || this == REFUSED;
    }
  }

  /**
   * What {@code GET /api/v1/imports/{id}/progress} answers. {@code percent} is of the whole import:
   * reading is 0–50 %, checking 50–70 %, writing 70–99 % (reading a workbook is most of the time);
   * 100 % only once the import has ended (committed or refused).
   */
  public record View(Phase phase, int done, int total, int percent) {}

  private final Clock clock;
  private Phase phase = Phase.RECEIVED;
  private int done;
  private int total;
  private int rows;
  private Instant changed;

  ImportProgress(Clock clock) {
    this.clock = clock;
    this.changed = clock.instant();
  }

  /** A handle that nobody can read: for an import without an import id. */
  static ImportProgress untracked() {
    return new ImportProgress(Clock.systemUTC());
  }

  /**
   * Enters {@code next} (reading, checking or writing) with {@code total} units to do (0: not yet
   * known); the rows of the workbook are the total of the last reading or checking phase.
   */
  public synchronized void phase(Phase next, int total) {
    if (next.finished() || next == Phase.RECEIVED) {
      throw new IllegalArgumentException("the platform ends an import, not its code: " + next);
    }
    if (phase.finished()) {
      return;
    }
    phase = next;
    this.total = Math.max(0, total);
    done = 0;
    if (next != Phase.WRITING) {
      rows = this.total;
    }
    changed = clock.instant();
  }

  /** {@code units} more of the current phase are done. */
  public synchronized void advance(int units) {
    if (phase.finished()) {
      return;
    }
    done = total > 0 ? Math.min(total, done + units) : done + units;
    changed = clock.instant();
  }

  /** The import answered 2xx: done, with every row of the workbook. */
  synchronized void finish() {
    if (!phase.finished()) {
      phase = Phase.DONE;
      done = rows;
      total = rows;
      changed = clock.instant();
    }
  }

  /** The import was refused (any non-2xx answer): the counts stay where it stopped. */
  synchronized void refuse() {
    if (!phase.finished()) {
      phase = Phase.REFUSED;
      changed = clock.instant();
    }
  }

  public synchronized View view() {
    return new View(phase, done, total, percent());
  }

  synchronized boolean finished() {
    return phase.finished();
  }

  synchronized Instant changed() {
    return changed;
  }

  private int percent() {
    double part = total > 0 ? Math.min(1.0, (double) done / total) : 0;
    return switch (phase) {
      case RECEIVED -> 0;
      case READING -> (int) (50 * part);
      case CHECKING -> 50 + (int) (20 * part);
      case WRITING -> 70 + (int) (29 * part);
      case DONE, REFUSED -> 100;
    };
  }
}
