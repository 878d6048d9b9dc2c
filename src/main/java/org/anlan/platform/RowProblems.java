package org.anlan.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anlan.platform.ImportRejectedException.RejectedRow;

/**
 * The bad cells of an all-or-nothing import, collected row by row instead of stopping at the first, with the
 * checks every sheet needs (required, too long). A module's row checks hold one: cells are reported with the
 * message key {@code <prefix>.row.<code>} and refused together as {@code <prefix>.import-rows}.
 */
public final class RowProblems {

  private final List<RejectedRow> problems = new ArrayList<>();
  private final String prefix;
  private final boolean namedSheets;

  /** @param namedSheets whether a reported cell names its sheet (workbooks of several sheets) */
  public RowProblems(String prefix, boolean namedSheets) {
    this.prefix = prefix;
    this.namedSheets = namedSheets;
  }

  public void add(Sheets.Line line, String column, String code, Object... args) {
    problems.add(RejectedRow.keyed(namedSheets ? line.sheet() : null, line.number(), column, code, prefix + ".row." + code, args));
  }

  public int count() {
    return problems.size();
  }

  /** 422 {@code <prefix>.import-rows} with every bad cell, if there is one. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(prefix + ".import-rows", problems, Map.of(), problems.size());
    }
  }

  /** The cell's text; {@code required} when empty, {@code too-long} past {@code maxLength}. */
  public String required(Sheets.Line line, String column, int maxLength) {
    String value = line.get(column);
    if (value.isEmpty()) {
      add(line, column, "required");
    } else if (value.length() > maxLength) {
      add(line, column, "too-long", maxLength);
    }
    return value;
  }

  /** The cell's text or null when empty; {@code too-long} past {@code maxLength}. */
  public String optional(Sheets.Line line, String column, int maxLength) {
    String value = line.get(column);
    if (value.length() > maxLength) {
      add(line, column, "too-long", maxLength);
    }
    return value.isEmpty() ? null : value;
  }
}
