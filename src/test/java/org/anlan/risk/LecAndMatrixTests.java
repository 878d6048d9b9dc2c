package org.anlan.risk;

import static org.anlan.risk.Gb18218GradingTests.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** LEC bands and colours (rules.md §7.1) at every boundary under mappings A and B, and the 5×5 matrix (§7.2). */
class LecAndMatrixTests {

  static RiskProperties properties(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("anlan.risk", RiskProperties.class);
  }

  static final LecPolicy A = new LecPolicy(properties(Map.of()).lec());
  static final LecPolicy B = new LecPolicy(properties(Map.of("anlan.risk.lec.mapping", "B")).lec());

  // 160 and 320 are no product of LEC scores, so the policy is also checked on D itself.
  @ParameterizedTest(name = "D = {0} → {1}, A {2}, B {3}")
  @CsvSource({
      "19.99, SLIGHT, BLUE, BLUE",
      "20, GENERAL, YELLOW, BLUE",
      "69.99, GENERAL, YELLOW, BLUE",
      "70, GENERAL, YELLOW, YELLOW",
      "70.01, SIGNIFICANT, ORANGE, YELLOW",
      "160, SIGNIFICANT, ORANGE, YELLOW",
      "160.01, HIGH, RED, ORANGE",
      "320, HIGH, RED, ORANGE",
      "320.01, EXTREME, RED, RED"})
  void bands_and_colours_hold_at_each_boundary(BigDecimal d, LecBand band, RiskColour a, RiskColour b) {
    assertThat(A.band(d)).isEqualTo(band);
    assertThat(A.colour(d)).isEqualTo(a);
    assertThat(B.colour(d)).isEqualTo(b);
  }

  @ParameterizedTest(name = "{0} × {1} × {2} = {3} → {4}, A {5}, B {6}")
  @CsvSource({
      "6, 3, 1, 18, SLIGHT, BLUE, BLUE",
      "10, 2, 1, 20, GENERAL, YELLOW, BLUE",
      "3, 3, 7, 63, GENERAL, YELLOW, BLUE",
      "10, 1, 7, 70, GENERAL, YELLOW, YELLOW",
      "0.5, 10, 15, 75, SIGNIFICANT, ORANGE, YELLOW",
      "10, 1, 15, 150, SIGNIFICANT, ORANGE, YELLOW",
      "10, 6, 3, 180, HIGH, RED, ORANGE",
      "10, 3, 7, 210, HIGH, RED, ORANGE",
      "10, 6, 7, 420, EXTREME, RED, RED",
      "0.1, 0.5, 1, 0.05, SLIGHT, BLUE, BLUE",
      "10, 10, 100, 10000, EXTREME, RED, RED"})
  void worked_examples_score_d_as_the_product(double l, double e, double c, double d, LecBand band, RiskColour a, RiskColour b) {
    LecScore score = A.score(new ScoreLec(l, e, c));
    assertThat(score.d()).isEqualTo(d);
    assertThat(score.band().code()).isEqualTo(band.name());
    assertThat(score.colour().code()).isEqualTo(a.name());
    assertThat(score.mapping()).isEqualTo("A");
    assertThat(B.score(new ScoreLec(l, e, c)).colour().code()).isEqualTo(b.name());
  }

  @Test
  void only_the_scores_of_the_method_are_accepted() {
    assertCode(() -> A.score(new ScoreLec(5.0, 6.0, 7.0)), "risk.lec-score-invalid");
    assertCode(() -> A.score(new ScoreLec(6.0, 4.0, 7.0)), "risk.lec-score-invalid");
    assertCode(() -> A.score(new ScoreLec(6.0, 6.0, 10.0)), "risk.lec-score-invalid");
    assertCode(() -> A.score(new ScoreLec(6.0, 6.0, Double.NaN)), "risk.lec-score-invalid");
    assertCode(() -> A.score(new ScoreLec(null, 6.0, 7.0)), "risk.factor-missing");
  }

  static final RiskMatrix MATRIX = new RiskMatrix(properties(Map.of()).matrix());

  @ParameterizedTest(name = "L {0} × S {1} = {2} → {3}")
  @CsvSource({"1, 1, 1, BLUE", "1, 5, 5, BLUE", "5, 1, 5, BLUE", "5, 5, 25, RED", "2, 4, 8, BLUE", "3, 3, 9, YELLOW",
      "3, 4, 12, YELLOW", "3, 5, 15, ORANGE", "4, 4, 16, ORANGE", "4, 5, 20, RED"})
  void the_default_matrix_colours_products_as_rules_md_says(int l, int s, int product, RiskColour colour) {
    MatrixScore score = MATRIX.score(new ScoreMatrix((double) l, (double) s));
    assertThat(score.product()).isEqualTo(product);
    assertThat(score.colour().code()).isEqualTo(colour.name());
  }

  @Test
  void the_matrix_is_configurable_and_refuses_values_outside_one_to_five() {
    RiskMatrix allRed = new RiskMatrix(properties(Map.of("anlan.risk.matrix.rows", "RRRRR,RRRRR,RRRRR,RRRRR,RRRRR")).matrix());
    assertThat(allRed.score(new ScoreMatrix(1.0, 1.0)).colour().zh()).isEqualTo("红 · 重大风险");
    assertCode(() -> MATRIX.score(new ScoreMatrix(0.0, 3.0)), "risk.matrix-score-invalid");
    assertCode(() -> MATRIX.score(new ScoreMatrix(3.0, 6.0)), "risk.matrix-score-invalid");
    assertCode(() -> MATRIX.score(new ScoreMatrix(2.5, 3.0)), "risk.matrix-score-invalid");
    assertCode(() -> MATRIX.score(new ScoreMatrix(3.0, null)), "risk.factor-missing");
  }
}
