package org.anlan.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An import (导入) refused as a whole — nothing was written: a problem {@code code} with its message
 * arguments, the bad rows, and any other problem properties (e.g. {@code missing}/{@code unknown}
 * columns). The platform answers 422 with {@code rows: [{sheet, row, column, code, message}]}, each
 * message in the request's language. Every module's Excel import throws this one exception.
 */
public class ImportRejectedException extends RuntimeException {

  private final String code;
  private final transient Object[] args;
  private final transient List<RejectedRow> rows;
  private final transient Map<String, Object> properties;

  public ImportRejectedException(String code, List<RejectedRow> rows, Map<String, Object> properties, Object... args) {
    super(code + " " + Arrays.toString(args));
    this.code = code;
    this.rows = List.copyOf(rows);
    this.properties = Map.copyOf(properties);
    this.args = args.clone();
  }

  /** A refusal without rows: a missing file, wrong sheets, too many rows. */
  public ImportRejectedException(String code, Object... args) {
    this(code, List.of(), Map.of(), args);
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<RejectedRow> rows() {
    return rows;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  /**
   * One bad cell. The message is either looked up ({@code messageKey} with {@code args}) in the
   * request's language, or given already resolved ({@code message}).
   *
   * @param sheet null for a one-sheet workbook whose sheet needs no naming
   * @param row the Excel row number, as the user sees it
   */
  public record RejectedRow(String sheet, int row, String column, String code, String messageKey, Object[] args, String message) {

    public static RejectedRow keyed(String sheet, int row, String column, String code, String messageKey, Object... args) {
      return new RejectedRow(sheet, row, column, code, messageKey, args.clone(), null);
    }

    public static RejectedRow resolved(String sheet, int row, String column, String code, String message) {
      return new RejectedRow(sheet, row, column, code, null, new Object[0], message);
    }
  }
}
