package org.anlan.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows in few statements: {@code insert into t (…) values (…), (…), …} with up to {@value #MAX_ROWS} rows
 * (and at most {@value #MAX_PARAMS} parameters) per statement, on H2 and PostgreSQL alike. A JDBC batch of
 * single-row inserts makes PostgreSQL parse, plan and execute every row on its own; a statement of many rows
 * costs about a third of that per row (docs/performance.md, "叫应"). The price: no count per row, only the total,
 * so a caller that must know which rows an {@code on conflict do nothing} skipped uses a batch instead.
 */
public final class RowInserts {

  static final int MAX_ROWS = 500;
  static final int MAX_PARAMS = 30_000;

  private RowInserts() {}

  /**
   * Inserts the rows.
   *
   * @param head the statement up to {@code values}, e.g. {@code insert into t (a, b, c) values}
   * @param row one row's tuple with a {@code ?} per value and any constants, e.g. {@code (?, ?, 'NEW')}
   * @param tail what follows the tuples, e.g. {@code on conflict do nothing}, or empty
   * @param values one row's values, in the order of the tuple's {@code ?}; {@code null} for SQL NULL
   * @return the rows inserted, as the database counts them
   */
  public static <T> int insert(JdbcTemplate jdbc, String head, String row, String tail, List<T> rows,
      Function<? super T, Object[]> values) {
    if (rows.isEmpty()) {
      return 0;
    }
    int params = (int) row.chars().filter(c -> c == '?').count();
    int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMS / Math.max(1, params)));
    String full = null;
    int inserted = 0;
    for (int from = 0; from < rows.size(); from += perStatement) {
      List<T> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
      String sql;
      if (part.size() == perStatement) {
        sql = full == null ? full = statement(head, row, tail, perStatement) : full;
      } else {
        sql = statement(head, row, tail, part.size());
      }
      inserted += jdbc.update(sql, (PreparedStatement ps) -> bind(ps, part, values, params));
    }
    return inserted;
  }

  private static <T> void bind(PreparedStatement ps, List<T> part, Function<? super T, Object[]> values, int params)
      throws SQLException {
    int i = 1;
    for (T r : part) {
      Object[] v = values.apply(r);
      if (v.length != params) {
        throw new IllegalArgumentException("a row of " + v.length + " values for a tuple of " + params + " parameters");
      }
      for (Object o : v) {
        ps.setObject(i++, o);
      }
    }
  }

  static String statement(String head, String row, String tail, int rows) {
    StringBuilder sql = new StringBuilder(head.length() + tail.length() + (row.length() + 2) * rows + 2);
    sql.append(head).append(' ');
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.append(row);
    }
    if (!tail.isBlank()) {
      sql.append(' ').append(tail);
    }
    return sql.toString();
  }
}
