package org.anlan.risk;

import java.util.List;
import java.util.Map;

/** An import refused as a whole (nothing imported), with the errors of each row (row, column, code, message). */
class RiskImportRejected extends RuntimeException {

  private final transient List<Map<String, Object>> rows;

  RiskImportRejected(List<Map<String, Object>> rows) {
    super("risk.import-invalid");
    this.rows = List.copyOf(rows);
  }

  List<Map<String, Object>> rows() {
    return rows;
  }
}
