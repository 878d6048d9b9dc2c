package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 统一社会信用代码 check characters (GB 32100-2015) and the colour rule of an enterprise. */
class CreditCodeAndColourTests {

  @Test
  void published_example_codes_pass_the_check() {
    assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
  }

  @Test
  void a_wrong_check_character_fails() {
    assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
    assertThat(CreditCode.isValid("91110000600037341K")).isFalse();
  }

  @Test
  void a_check_character_of_thirty_one_becomes_zero() {
    String first17 = findFirst17WithCheck('0');
    assertThat(CreditCode.checkCharacter(first17)).isEqualTo('0');
    assertThat(CreditCode.isValid(first17 + "0")).isTrue();
  }

  @Test
  void letters_outside_the_alphabet_wrong_length_and_letters_in_the_division_code_fail() {
    assertThat(CreditCode.isValid("91350100M000100I43")).isFalse();
    assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
    assertThat(CreditCode.isValid("9135010OM000100Y43")).isFalse();
    assertThat(CreditCode.isValid("91350100m000100y43")).isFalse();
    assertThat(CreditCode.isValid(null)).isFalse();
    String lettersInDivision = "91A50100M000100Y4";
    assertThat(CreditCode.isValid(lettersInDivision + CreditCode.checkCharacter(lettersInDivision))).isFalse();
  }

  @Test
  void a_grade_one_or_two_major_hazard_source_makes_the_enterprise_red_when_the_rule_is_on() {
    assertThat(EnterpriseColour.of(RiskColour.BLUE, 1, true)).isEqualTo(RiskColour.RED);
    assertThat(EnterpriseColour.of(null, 2, true)).isEqualTo(RiskColour.RED);
    assertThat(EnterpriseColour.of(RiskColour.BLUE, 3, true)).isEqualTo(RiskColour.BLUE);
    assertThat(EnterpriseColour.of(null, 4, true)).isNull();
    assertThat(EnterpriseColour.of(null, null, true)).isNull();
  }

  @Test
  void without_the_rule_the_latest_assessment_decides() {
    assertThat(EnterpriseColour.of(RiskColour.YELLOW, 1, false)).isEqualTo(RiskColour.YELLOW);
    assertThat(EnterpriseColour.of(null, 1, false)).isNull();
  }

  private static String findFirst17WithCheck(char wanted) {
    for (int i = 0; i < 100_000; i++) {
      String candidate = "9150015%010d".formatted(i);
      if (CreditCode.checkCharacter(candidate) == wanted) {
        return candidate;
      }
    }
    throw new AssertionError("none found");
  }
}
