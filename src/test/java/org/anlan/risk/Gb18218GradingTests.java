package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.anlan.risk.GradeHazardSource.Substance;
import org.anlan.risk.HazardSourceGrading.SubstanceFactors;
import org.anlan.shared.RuleViolatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 18218-2018 worked by hand (rules.md §5): S = Σ q/Q, R = α·Σ β·q/Q, grades of 表6. */
class Gb18218GradingTests {

  static final Gb18218Grader GRADER = new Gb18218Grader(Gb18218Tables.load());

  static HazardSourceGrading grade(int population, Substance... substances) {
    return GRADER.grade(new GradeHazardSource(List.of(substances), (double) population));
  }

  static Substance byCas(String name, String cas, double q, String... classes) {
    return new Substance(name, cas, q, List.of(classes));
  }

  static Substance byClass(String name, double q, String... classes) {
    return new Substance(name, null, q, List.of(classes));
  }

  @Test
  void ammonia_exactly_at_its_critical_quantity_is_a_major_hazard_source() {
    // 氨 表1 Q = 10 t; q = 10 → S = 10/10 = 1 ≥ 1. β 表3 = 2; α(0 people) = 0.5 → R = 0.5 × 2 × 1 = 1 → 四级.
    HazardSourceGrading g = grade(0, byCas("液氨", "7664-41-7", 10));
    assertThat(g.s()).isEqualTo(1.0);
    assertThat(g.identified()).isTrue();
    assertThat(g.r()).isEqualTo(1.0);
    assertThat(g.grade()).isEqualTo(new Label("4", "四级", "Grade IV"));
    assertThat(g.formulaVersion()).isEqualTo("GB18218-2018");
    SubstanceFactors f = g.substances().get(0);
    assertThat(f).isEqualTo(new SubstanceFactors("液氨", "7664-41-7", 10, 10, "表1", 2, "表3", 1, 2));
  }

  @Test
  void just_below_the_critical_quantity_is_not_identified_and_has_no_grade() {
    // q = 9.99 → S = 0.999 < 1: a valid answer, S reported, R and grade left out.
    HazardSourceGrading g = grade(0, byCas("氨", "7664-41-7", 9.99));
    assertThat(g.s()).isEqualTo(0.999);
    assertThat(g.identified()).isFalse();
    assertThat(g.r()).isNull();
    assertThat(g.grade()).isNull();
  }

  @Test
  void several_substances_add_up_their_ratios() {
    // 氯 q=2, Q=5 → 0.4, β 表3 = 4 → 1.6; 苯 q=30, Q 表1 = 50 → 0.6, β 表4 W5.3 = 1 → 0.6.
    // S = 0.4 + 0.6 = 1.0 → identified; α(100) = 2.0; R = 2 × (1.6 + 0.6) = 4.4 → 四级.
    HazardSourceGrading g = grade(100, byCas("氯", "7782-50-5", 2), byCas("苯", "71-43-2", 30, "W5.3"));
    assertThat(g.s()).isEqualTo(1.0);
    assertThat(g.identified()).isTrue();
    assertThat(g.alpha()).isEqualTo(2.0);
    assertThat(g.r()).isEqualTo(4.4);
    assertThat(g.substances()).extracting(SubstanceFactors::ratio).containsExactly(0.4, 0.6);
    assertThat(g.substances()).extracting(SubstanceFactors::betaSource).containsExactly("表3", "表4 W5.3");
  }

  @Test
  void three_thirds_make_one_because_s_is_rounded_to_six_decimals() {
    // 3 × (3.3333333333 / 10) = 0.99999999999 → 1.000000 → identified.
    Substance third = byCas("氨", "7664-41-7", 3.3333333333);
    assertThat(grade(0, third, third, third).identified()).isTrue();
  }

  @ParameterizedTest(name = "{0} people → α {1} ({2})")
  @CsvSource({"0, 0.5, 0", "1, 1.0, 1–29", "29, 1.0, 1–29", "30, 1.2, 30–49", "49, 1.2, 30–49", "50, 1.5, 50–99",
      "99, 1.5, 50–99", "100, 2.0, ≥100", "5000, 2.0, ≥100"})
  void alpha_follows_table_5_with_100_people_already_at_2(int people, double alpha, String band) {
    // W5.3: Q = 1000, β = 1; q = 1000 → S = 1, R = α × 1 × 1 = α.
    HazardSourceGrading g = grade(people, byClass("溶剂", 1000, "W5.3"));
    assertThat(g.alpha()).isEqualTo(alpha);
    assertThat(g.populationBand()).isEqualTo(band);
    assertThat(g.r()).isEqualTo(alpha);
  }

  @ParameterizedTest(name = "q = {0} t → R = {1} → {2}")
  @CsvSource({"9999.999, 9.999999, 四级", "10000, 10, 三级", "49999.999, 49.999999, 三级", "50000, 50, 二级",
      "99999.999, 99.999999, 二级", "100000, 100, 一级"})
  void grades_follow_table_6_at_and_just_below_each_boundary(double q, double r, String grade) {
    // W5.3: Q = 1000, β = 1; α(1 person) = 1.0 → R = q / 1000.
    HazardSourceGrading g = grade(1, byClass("溶剂", q, "W5.3"));
    assertThat(g.r()).isEqualTo(r);
    assertThat(g.grade().zh()).isEqualTo(grade);
  }

  @Test
  void with_several_classes_the_lowest_critical_quantity_counts_in_any_order() {
    // W5.4 Q = 5000, W5.1 Q = 10 → Q = 10 (表2 W5.1), β 表4 W5.1 = 1.5; q = 5 → q/Q = 0.5, β·q/Q = 0.75.
    for (var classes : List.of(List.of("W5.4", "W5.1"), List.of("w5.1", "W5.4"))) {
      SubstanceFactors f = GRADER.grade(new GradeHazardSource(List.of(new Substance("混合溶剂", null, 5.0, classes)), 0.0))
          .substances().get(0);
      assertThat(f.criticalQuantityTonnes()).isEqualTo(10);
      assertThat(f.criticalQuantitySource()).isEqualTo("表2 W5.1");
      assertThat(f.beta()).isEqualTo(1.5);
      assertThat(f.weightedRatio()).isEqualTo(0.75);
    }
  }

  @Test
  void a_named_toxic_gas_takes_beta_from_table_3_even_when_classes_are_given() {
    // 一氧化碳 is not in 表1: Q from the classes (W2 10 < J3 50 → 10), β from 表3 = 2 (not W2's 1.5).
    SubstanceFactors co = grade(0, byCas("一氧化碳", "630-08-0", 5, "J3", "W2")).substances().get(0);
    assertThat(co.criticalQuantitySource()).isEqualTo("表2 W2");
    assertThat(co.beta()).isEqualTo(2);
    assertThat(co.betaSource()).isEqualTo("表3");
  }

  @Test
  void a_table_1_chemical_outside_table_3_takes_the_highest_beta_of_its_classes() {
    // 甲醇 表1 Q = 500; classes W5.3 (β 1) and J5 (β 1) and W2 (β 1.5) → β = 1.5 (表4 W2); q = 100 → 0.2 × 1.5 = 0.3.
    SubstanceFactors f = grade(0, byCas("甲醇", "67-56-1", 100, "W5.3", "J5", "W2")).substances().get(0);
    assertThat(f.criticalQuantitySource()).isEqualTo("表1");
    assertThat(f.criticalQuantityTonnes()).isEqualTo(500);
    assertThat(f.betaSource()).isEqualTo("表4 W2");
    assertThat(f.weightedRatio()).isEqualTo(0.3);
  }

  @Test
  void a_table_1_chemical_is_found_by_name_when_no_cas_is_given() {
    SubstanceFactors f = grade(0, new Substance("氯", null, 1.0, null)).substances().get(0);
    assertThat(f.cas()).isEqualTo("7782-50-5");
    assertThat(f.beta()).isEqualTo(4);
  }

  @Test
  void bad_input_is_refused_with_its_own_code() {
    assertCode(() -> GRADER.grade(new GradeHazardSource(List.of(), 0.0)), "risk.substances-empty");
    assertCode(() -> GRADER.grade(new GradeHazardSource(null, 0.0)), "risk.substances-empty");
    assertCode(() -> GRADER.grade(new GradeHazardSource(Collections.nCopies(201, byClass("x", 1, "W2")), 0.0)), "risk.substances-too-many");
    assertCode(() -> GRADER.grade(new GradeHazardSource(List.of(byClass("x", 1, "W2")), null)), "risk.population-invalid");
    assertCode(() -> grade(-1, byClass("x", 1, "W2")), "risk.population-invalid");
    assertCode(() -> GRADER.grade(new GradeHazardSource(List.of(byClass("x", 1, "W2")), 2.5)), "risk.population-invalid");
    assertCode(() -> grade(0, byClass(" ", 1, "W2")), "risk.substance-name-missing");
    assertCode(() -> grade(0, byClass("x", -0.1, "W2")), "risk.quantity-invalid");
    assertCode(() -> grade(0, byClass("x", Double.NaN, "W2")), "risk.quantity-invalid");
    assertCode(() -> grade(0, new Substance("x", null, null, List.of("W2"))), "risk.quantity-invalid");
    assertCode(() -> grade(0, byClass("x", 1, "W12")), "risk.hazard-class-unknown");
    assertCode(() -> grade(0, byCas("某化学品", "0000-00-0", 1)), "risk.substance-unknown");
    assertCode(() -> grade(0, byCas("苯", "71-43-2", 1)), "risk.hazard-class-required");
  }

  @Test
  void two_hundred_substances_are_still_accepted() {
    assertThat(GRADER.grade(new GradeHazardSource(Collections.nCopies(200, byClass("x", 0.05, "W2")), 0.0)).s()).isEqualTo(1.0);
  }

  static void assertCode(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolatedException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
