package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The data files: complete where rules.md is, and every CAS number with a valid check digit. */
class Gb18218TablesTests {

  static final Gb18218Tables TABLES = Gb18218Tables.load();

  @Test
  void the_tables_have_the_rows_of_the_standard_that_were_cross_checked() {
    assertThat(TABLES.table1()).hasSize(68); // 65 of the 85 rows of 表1; three rows carry several CAS numbers
    assertThat(TABLES.table1().stream().map(Gb18218Tables.Named::name).distinct()).hasSize(65);
    assertThat(TABLES.table3()).hasSize(14);
    assertThat(TABLES.classes()).hasSize(24);
    assertThat(TABLES.table5()).hasSize(5);
    assertThat(TABLES.table6()).hasSize(4);
  }

  @Test
  void every_cas_number_passes_its_check_digit() {
    TABLES.table1().forEach(n -> assertThat(checkDigitHolds(n.cas())).as(n.name() + " " + n.cas()).isTrue());
    TABLES.table3().forEach(t -> assertThat(checkDigitHolds(t.cas())).as(t.name() + " " + t.cas()).isTrue());
  }

  @Test
  void every_table_3_gas_in_table_1_has_the_same_cas_there() {
    for (var gas : TABLES.table3()) {
      if (!gas.name().equals("一氧化碳")) {
        assertThat(TABLES.table1()).as(gas.name()).anyMatch(n -> n.cas().equals(gas.cas()) && n.name().startsWith(gas.name()));
      }
    }
  }

  @Test
  void oxygen_difluoride_is_not_listed_as_nitrogen_dioxide() {
    // A public seed lists 二氧化氮 with 7783-41-7, which is 二氟化氧; the sources disagree, so the row is left out.
    assertThat(TABLES.table1()).noneMatch(n -> n.cas().equals("7783-41-7"));
    assertThat(TABLES.named("10102-44-0", "二氧化氮")).get().extracting(Gb18218Tables.Named::name).isEqualTo("二氧化氮");
  }

  /** CAS check digit: Σ (position from the right × digit) mod 10. */
  static boolean checkDigitHolds(String cas) {
    if (!cas.matches("\\d{2,7}-\\d{2}-\\d")) {
      return false;
    }
    String digits = cas.replace("-", "");
    int sum = 0;
    for (int i = digits.length() - 2, weight = 1; i >= 0; i--, weight++) {
      sum += weight * (digits.charAt(i) - '0');
    }
    return sum % 10 == digits.charAt(digits.length() - 1) - '0';
  }
}
