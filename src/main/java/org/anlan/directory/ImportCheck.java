package org.anlan.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anlan.shared.AreaCode;

/**
 * Checks every row of an import before anything is written, and turns the good rows into
 * commands. People are keyed by mobile; an assignment names its person and deputy by mobile, found
 * in the 人员 sheet of the same file or in the directory.
 */
final class ImportCheck {

  /** What the check needs to know from outside the file. */
  interface Lookup {
    boolean areaExists(String code);

    /** Whether the current user may change data of this area. */
    boolean areaInScope(String code);

    Optional<Long> organisationByName(String name);

    /** The area of the person already in the directory with this mobile, if any. */
    Optional<String> areaOfMobile(String mobile);
  }

  /** A good assignment row. */
  record AssignmentRow(int row, String areaCode, ResponsibilityRole role, String personMobile, String deputyMobile,
      LocalDate validFrom, LocalDate validTo, String note) {}

  /** The result: the commands of the good rows, and every error found. */
  record Checked(List<SavePerson> people, List<AssignmentRow> assignments, List<RowError> errors) {}

  private static final String PEOPLE = SheetLayout.PEOPLE.name();
  private static final String ASSIGNMENTS = SheetLayout.ASSIGNMENTS.name();
  private static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false, "在岗", true, "不在岗", false,
      "yes", true, "no", false, "true", true, "false", false, "1", true, "0", false);

  private final Lookup lookup;
  private final List<RowError> errors = new ArrayList<>();

  private ImportCheck(Lookup lookup) {
    this.lookup = lookup;
  }

  static Checked check(WorkbookReader.Parsed parsed, Lookup lookup) {
    ImportCheck check = new ImportCheck(lookup);
    Map<String, Integer> fileMobiles = new HashMap<>();
    List<SavePerson> people = new ArrayList<>();
    parsed.people().forEach(line -> check.person(line, fileMobiles).ifPresent(people::add));
    List<AssignmentRow> assignments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    parsed.assignments().forEach(line -> check.assignment(line, fileMobiles.keySet(), seen).ifPresent(assignments::add));
    return new Checked(people, assignments, List.copyOf(check.errors));
  }

  private Optional<SavePerson> person(WorkbookReader.Line line, Map<String, Integer> fileMobiles) {
    int before = errors.size();
    String name = text(PEOPLE, line, "name", 50, true);
    String mobile = mobile(PEOPLE, line, "mobile", true);
    if (mobile != null && fileMobiles.putIfAbsent(mobile, line.number()) != null) {
      error(PEOPLE, line, "mobile", "mobile-repeated", mobile, fileMobiles.get(mobile));
    }
    if (mobile != null) {
      lookup.areaOfMobile(mobile).filter(a -> !lookup.areaInScope(a))
          .ifPresent(a -> error(PEOPLE, line, "mobile", "person-out-of-scope", mobile));
    }
    String area = area(PEOPLE, line);
    Long organisationId = null;
    String organisation = text(PEOPLE, line, "organisation", 100, false);
    if (organisation != null) {
      organisationId = lookup.organisationByName(organisation).orElse(null);
      if (organisationId == null) {
        error(PEOPLE, line, "organisation", "organisation-unknown", organisation);
      }
    }
    String position = text(PEOPLE, line, "position", 100, false);
    String email = text(PEOPLE, line, "email", 254, false);
    if (email != null && !Contacts.isEmail(email)) {
      error(PEOPLE, line, "email", "email-invalid", email);
    }
    String others = text(PEOPLE, line, "otherChannels", 300, false);
    Boolean available = line.get("available").isEmpty() ? Boolean.TRUE : YES_NO.get(line.get("available").toLowerCase(Locale.ROOT));
    if (available == null) {
      error(PEOPLE, line, "available", "available-invalid", line.get("available"));
    }
    String note = text(PEOPLE, line, "note", 500, false);
    return errors.size() > before ? Optional.empty()
        : Optional.of(new SavePerson(name, organisationId, position, mobile, email, others, area, available, note, null));
  }

  private Optional<AssignmentRow> assignment(WorkbookReader.Line line, Set<String> fileMobiles, Set<String> seen) {
    int before = errors.size();
    String area = area(ASSIGNMENTS, line);
    ResponsibilityRole role = null;
    if (line.get("roleCode").isEmpty()) {
      error(ASSIGNMENTS, line, "roleCode", "required");
    } else {
      role = ResponsibilityRole.find(line.get("roleCode")).orElse(null);
      if (role == null) {
        error(ASSIGNMENTS, line, "roleCode", "role-unknown", shorten(line.get("roleCode")));
      } else if (role.target() != TargetType.AREA) {
        error(ASSIGNMENTS, line, "roleCode", "role-not-for-area", role.name());
        role = null;
      }
    }
    String person = resolvable(line, "personMobile", true, fileMobiles);
    String deputy = resolvable(line, "deputyMobile", false, fileMobiles);
    if (person != null && person.equals(deputy)) {
      error(ASSIGNMENTS, line, "deputyMobile", "deputy-is-person");
    }
    LocalDate from = date(line, "validFrom");
    LocalDate to = date(line, "validTo");
    if (from != null && to != null && to.isBefore(from)) {
      error(ASSIGNMENTS, line, "validTo", "validity-invalid", from, to);
    }
    String note = text(ASSIGNMENTS, line, "note", 500, false);
    if (errors.size() == before && !seen.add(area + "|" + role + "|" + person)) {
      error(ASSIGNMENTS, line, "personMobile", "assignment-repeated");
    }
    return errors.size() > before ? Optional.empty()
        : Optional.of(new AssignmentRow(line.number(), area, role, person, deputy, from, to, note));
  }

  private String resolvable(WorkbookReader.Line line, String key, boolean required, Set<String> fileMobiles) {
    String mobile = mobile(ASSIGNMENTS, line, key, required);
    if (mobile != null && !fileMobiles.contains(mobile) && lookup.areaOfMobile(mobile).isEmpty()) {
      error(ASSIGNMENTS, line, key, "person-unresolved", mobile);
      return null;
    }
    return mobile;
  }

  private String area(String sheet, WorkbookReader.Line line) {
    String code = line.get("areaCode");
    if (code.isEmpty()) {
      error(sheet, line, "areaCode", "required");
    } else if (!AreaCode.isValid(code)) {
      error(sheet, line, "areaCode", "area-invalid", shorten(code));
    } else if (!lookup.areaExists(code)) {
      error(sheet, line, "areaCode", "area-unknown", code);
    } else if (!lookup.areaInScope(code)) {
      error(sheet, line, "areaCode", "area-out-of-scope", code);
    } else {
      return code;
    }
    return null;
  }

  private String mobile(String sheet, WorkbookReader.Line line, String key, boolean required) {
    String mobile = line.get(key).replace(" ", "").replace("-", "");
    if (mobile.isEmpty()) {
      if (required) {
        error(sheet, line, key, "required");
      }
      return null;
    }
    if (!Contacts.isMobile(mobile)) {
      error(sheet, line, key, "mobile-invalid", shorten(mobile));
      return null;
    }
    return mobile;
  }

  private LocalDate date(WorkbookReader.Line line, String key) {
    String value = line.get(key);
    try {
      return value.isEmpty() ? null : LocalDate.parse(value.replace('/', '-').replace('.', '-'));
    } catch (DateTimeParseException e) {
      error(ASSIGNMENTS, line, key, "date-invalid", shorten(value));
      return null;
    }
  }

  private String text(String sheet, WorkbookReader.Line line, String key, int max, boolean required) {
    String value = line.get(key);
    if (value.isEmpty() && required) {
      error(sheet, line, key, "required");
    } else if (value.length() > max) {
      error(sheet, line, key, "too-long", max);
    } else if (!value.isEmpty()) {
      return value;
    }
    return null;
  }

  private void error(String sheet, WorkbookReader.Line line, String key, String code, Object... args) {
    errors.add(new RowError(sheet, line.number(), header(sheet, key), code, args));
  }

  private static String header(String sheet, String key) {
    SheetLayout layout = sheet.equals(PEOPLE) ? SheetLayout.PEOPLE : SheetLayout.ASSIGNMENTS;
    return layout.columns().stream().filter(c -> c.key().equals(key)).findFirst().map(SheetLayout.Column::header).orElse(key);
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
