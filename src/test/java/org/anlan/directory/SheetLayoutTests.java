package org.anlan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How import headers are recognised. */
class SheetLayoutTests {

  @Test
  void a_header_is_recognised_by_its_chinese_its_english_or_both() {
    for (String header : new String[] {"手机", "mobile", "手机 (mobile)", "手机（mobile）", "手机 (mobile) *", "MOBILE"}) {
      assertThat(SheetLayout.PEOPLE.column(header)).as(header).hasValueSatisfying(c -> assertThat(c.key()).isEqualTo("mobile"));
    }
  }

  @Test
  void an_unknown_header_is_not_recognised() {
    assertThat(SheetLayout.PEOPLE.column("身份证号 (ID number)")).isEmpty();
  }

  @Test
  void sheets_are_found_by_chinese_or_english_name() {
    assertThat(SheetLayout.ASSIGNMENTS.named("责任")).isTrue();
    assertThat(SheetLayout.ASSIGNMENTS.named("assignments")).isTrue();
    assertThat(SheetLayout.ASSIGNMENTS.named("人员")).isFalse();
  }
}
