package org.anlan.risk;

import java.util.List;
import org.anlan.shared.RuleViolatedException;

/** 风险矩阵: a 5×5 lookup of L (rows) and S (columns) to a colour, as configured. */
class RiskMatrix {

  private final RiskColour[][] cells = new RiskColour[5][5];

  RiskMatrix(RiskProperties.Matrix matrix) {
    List<String> rows = matrix.rows();
    if (rows.size() != 5) {
      throw new IllegalArgumentException("anlan.risk.matrix.rows needs 5 rows, got " + rows);
    }
    for (int l = 0; l < 5; l++) {
      String row = rows.get(l).strip();
      if (row.length() != 5) {
        throw new IllegalArgumentException("each matrix row needs 5 letters (R, O, Y, B): " + row);
      }
      for (int s = 0; s < 5; s++) {
        cells[l][s] = RiskColour.ofLetter(row.charAt(s));
      }
    }
  }

  MatrixScore score(ScoreMatrix command) {
    int l = oneToFive("L", command == null ? null : command.l());
    int s = oneToFive("S", command == null ? null : command.s());
    return new MatrixScore(l, s, l * s, cells[l - 1][s - 1].label());
  }

  private static int oneToFive(String factor, Double value) {
    if (value == null) {
      throw new RuleViolatedException("risk.factor-missing", factor);
    }
    if (!(value >= 1 && value <= 5 && value == Math.rint(value))) {
      throw new RuleViolatedException("risk.matrix-score-invalid", factor, String.valueOf(value));
    }
    return value.intValue();
  }
}
