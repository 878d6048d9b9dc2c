package org.anlan.resources;

import java.util.List;

/** A resources import refused as a whole (nothing was imported): a problem code, its arguments and the bad rows. */
class ImportRefused extends RuntimeException {

  private final String code;
  private final transient List<RowProblem> rows;
  private final transient Object[] args;

  ImportRefused(String code, List<RowProblem> rows, Object... args) {
    super(code);
    this.code = code;
    this.rows = List.copyOf(rows);
    this.args = args.clone();
  }

  String code() {
    return code;
  }

  List<RowProblem> rows() {
    return rows;
  }

  Object[] args() {
    return args.clone();
  }

  /** One bad cell: sheet, Excel row, column, and a code of {@code resources.row.*} with its arguments. */
  record RowProblem(String sheet, int row, String column, String code, Object... args) {}
}
