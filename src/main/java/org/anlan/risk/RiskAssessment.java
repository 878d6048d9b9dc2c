package org.anlan.risk;

import org.springframework.stereotype.Service;

/**
 * 风险评估: the module API. Pure calculators: they read no area-bound data, change nothing and so
 * are neither scoped nor audited. Bad input is a {@link org.anlan.shared.RuleViolatedException}
 * ({@code risk.*}, 422).
 */
@Service
public class RiskAssessment {

  private final Gb18218Grader grader;
  private final LecPolicy lec;
  private final RiskMatrix matrix;

  RiskAssessment(RiskProperties properties) {
    this.grader = new Gb18218Grader(Gb18218Tables.load());
    this.lec = new LecPolicy(properties.lec());
    this.matrix = new RiskMatrix(properties.matrix());
  }

  /** 重大危险源辨识与分级 by GB 18218-2018. */
  public HazardSourceGrading grade(GradeHazardSource command) {
    return grader.grade(command);
  }

  /** LEC: D = L×E×C, its band and colour. */
  public LecScore scoreLec(ScoreLec command) {
    return lec.score(command);
  }

  /** 风险矩阵: the colour of the cell L×S. */
  public MatrixScore scoreMatrix(ScoreMatrix command) {
    return matrix.score(command);
  }
}
