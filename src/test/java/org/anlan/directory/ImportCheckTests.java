package org.anlan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Row checks of the Excel import, without a workbook or a database. */
class ImportCheckTests {

  static final String SHUANGJIANG = "500152110000";
  static final String WULI = "500152110002";
  static final String BAIZI = "500152113000";

  /** 双江镇's officer: areas of 双江镇 in scope, 柏梓镇 out; one person already in the directory. */
  final ImportCheck.Lookup lookup = new ImportCheck.Lookup() {
    @Override
    public boolean areaExists(String code) {
      return Set.of(SHUANGJIANG, WULI, BAIZI).contains(code);
    }

    @Override
    public boolean areaInScope(String code) {
      return code.startsWith("500152110");
    }

    @Override
    public Optional<Long> organisationByName(String name) {
      return name.equals("双江镇人民政府") ? Optional.of(7L) : Optional.empty();
    }

    @Override
    public Optional<String> areaOfMobile(String mobile) {
      return switch (mobile) {
        case "13800000001" -> Optional.of(WULI);
        case "13800000009" -> Optional.of(BAIZI);
        default -> Optional.empty();
      };
    }
  };

  static WorkbookReader.Line line(int row, Object... keyValues) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], (String) keyValues[i + 1]);
    }
    return new WorkbookReader.Line(row, values);
  }

  static WorkbookReader.Line person(int row, String name, String mobile, String area) {
    return line(row, "name", name, "mobile", mobile, "areaCode", area);
  }

  ImportCheck.Checked check(List<WorkbookReader.Line> people, List<WorkbookReader.Line> assignments) {
    return ImportCheck.check(new WorkbookReader.Parsed(people, assignments), lookup);
  }

  @Test
  void good_rows_become_commands_with_the_organisation_resolved_by_name() {
    var checked = check(List.of(line(2, "name", "测试甲", "mobile", "13900000001", "areaCode", WULI, "organisation", "双江镇人民政府",
        "available", "否")), List.of());
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.people()).singleElement().satisfies(p -> {
      assertThat(p.organisationId()).isEqualTo(7L);
      assertThat(p.available()).isFalse();
    });
  }

  @Test
  void a_bad_mobile_is_reported_with_sheet_row_and_column() {
    var checked = check(List.of(person(2, "测试甲", "13900000001", WULI), person(3, "测试乙", "12345", WULI)), List.of());
    assertThat(checked.errors()).singleElement().satisfies(e -> {
      assertThat(e.sheet()).isEqualTo("人员");
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("手机 (mobile)");
      assertThat(e.code()).isEqualTo("mobile-invalid");
    });
  }

  @Test
  void every_bad_cell_of_a_row_is_reported_not_only_the_first() {
    var checked = check(List.of(line(2, "mobile", "abc", "areaCode", "99", "email", "not-an-address")), List.of());
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("required", "mobile-invalid", "area-invalid", "email-invalid");
  }

  @Test
  void areas_outside_the_callers_scope_and_unknown_areas_are_refused() {
    var checked = check(List.of(person(2, "甲", "13900000001", BAIZI), person(3, "乙", "13900000002", "500152999999")), List.of());
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("area-out-of-scope", "area-unknown");
  }

  @Test
  void a_mobile_belonging_to_someone_outside_the_scope_cannot_be_taken_over() {
    var checked = check(List.of(person(2, "甲", "13800000009", WULI)), List.of());
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("person-out-of-scope");
  }

  @Test
  void a_mobile_repeated_in_the_sheet_is_refused() {
    var checked = check(List.of(person(2, "甲", "13900000001", WULI), person(3, "乙", "13900000001", WULI)), List.of());
    assertThat(checked.errors()).extracting(RowError::row, RowError::code).containsExactly(org.assertj.core.groups.Tuple.tuple(3, "mobile-repeated"));
  }

  @Test
  void too_long_text_is_refused() {
    var checked = check(List.of(person(2, "甲".repeat(51), "13900000001", WULI)), List.of());
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("too-long");
  }

  @Test
  void an_assignment_finds_its_person_in_the_file_or_in_the_directory() {
    var checked = check(List.of(person(2, "甲", "13900000001", WULI)),
        List.of(line(2, "areaCode", WULI, "roleCode", "grid_worker", "personMobile", "13900000001", "deputyMobile", "13800000001",
            "validFrom", "2026-01-01", "validTo", "2026-12-31")));
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.assignments()).singleElement().satisfies(a -> {
      assertThat(a.role()).isEqualTo(ResponsibilityRole.GRID_WORKER);
      assertThat(a.deputyMobile()).isEqualTo("13800000001");
    });
  }

  @Test
  void an_assignment_with_an_unknown_role_an_unresolvable_person_and_bad_dates_lists_each() {
    var checked = check(List.of(), List.of(line(5, "areaCode", WULI, "roleCode", "CHIEF", "personMobile", "13700000000",
        "validFrom", "2026-13-01")));
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("role-unknown", "person-unresolved", "date-invalid");
    assertThat(checked.errors()).allMatch(e -> e.sheet().equals("责任") && e.row() == 5);
  }

  @Test
  void a_danger_zone_role_cannot_be_given_to_an_area_in_the_sheet() {
    var checked = check(List.of(), List.of(line(4, "areaCode", WULI, "roleCode", "zone_monitor", "personMobile", "13800000001")));
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("role-not-for-area");
    assertThat(checked.assignments()).isEmpty();
  }

  @Test
  void the_deputy_cannot_be_the_person_and_the_end_cannot_precede_the_start() {
    var checked = check(List.of(), List.of(line(2, "areaCode", WULI, "roleCode", "GRID_WORKER", "personMobile", "13800000001",
        "deputyMobile", "13800000001", "validFrom", "2026-05-01", "validTo", "2026-04-30")));
    assertThat(checked.errors()).extracting(RowError::code).containsExactly("deputy-is-person", "validity-invalid");
  }

  @Test
  void the_same_assignment_twice_in_a_file_is_refused() {
    var row = line(2, "areaCode", WULI, "roleCode", "GRID_WORKER", "personMobile", "13800000001");
    var again = line(3, "areaCode", WULI, "roleCode", "GRID_WORKER", "personMobile", "13800000001");
    assertThat(check(List.of(), List.of(row, again)).errors()).extracting(RowError::row, RowError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "assignment-repeated"));
  }
}
