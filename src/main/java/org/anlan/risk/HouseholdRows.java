package org.anlan.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/** Checks the rows of a households workbook and collects the households they describe, with per-row errors. */
final class HouseholdRows {

  /** What is wrong with one cell: {@code code} is a message key {@code risk.row.<code>}. */
  record RowError(int row, String column, String code, List<Object> args) {}

  private static final int MAX_ERRORS = 500;

  private final Map<String, HouseholdImport.Zone> zones;
  private final Long onlyZone;
  private final LongPredicate helperExists;
  private final Map<Long, Boolean> helperKnown = new HashMap<>();
  private final Map<String, HouseholdImport.Household> households = new LinkedHashMap<>();
  private final Map<String, List<SaveVulnerablePerson>> vulnerable = new HashMap<>();
  private final List<RowError> errors = new ArrayList<>();

  HouseholdRows(Map<String, HouseholdImport.Zone> zones, Long onlyZone, LongPredicate helperExists) {
    this.zones = zones;
    this.onlyZone = onlyZone;
    this.helperExists = helperExists;
  }

  void add(HouseholdSheet.Line line) {
    int before = errors.size();
    HouseholdImport.Zone zone = zone(line);
    String head = text(line, "head", 50, true);
    Integer members = members(line);
    String phone = line.get("phone");
    if (phone.isEmpty()) {
      error(line, "phone", "required");
    } else if (!Phones.valid(phone)) {
      error(line, "phone", "phone-invalid", phone);
    }
    String address = text(line, "address", 200, false);
    String note = text(line, "note", 500, false);
    Optional<SaveVulnerablePerson> person = vulnerablePerson(line);
    if (errors.size() > before) {
      return;
    }
    HouseholdImport.Household household = new HouseholdImport.Household(zone,
        new SaveHousehold(head, members, phone, address, note, List.of()), line.number());
    HouseholdImport.Household known = households.putIfAbsent(household.key(), household);
    List<SaveVulnerablePerson> list = vulnerable.computeIfAbsent(household.key(), k -> new ArrayList<>());
    person.ifPresent(list::add);
    if (known != null && !known.save().members().equals(members)) {
      error(line, "members", "household-differs", known.row());
    }
  }

  /** The households with their vulnerable people. */
  Map<String, HouseholdImport.Household> households() {
    Map<String, HouseholdImport.Household> answer = new LinkedHashMap<>();
    households.forEach((key, h) -> {
      SaveHousehold s = h.save();
      answer.put(key, new HouseholdImport.Household(h.zone(), new SaveHousehold(s.headName(), s.members(), s.phone(),
          s.address(), s.note(), vulnerable.getOrDefault(key, List.of())), h.row()));
    });
    return answer;
  }

  Set<Long> helpers() {
    return helperKnown.keySet();
  }

  /** Adds an error on each household whose helper would help more than {@code limit} people. */
  void helperLimit(Map<String, HouseholdImport.Household> all, Map<Long, Integer> helpedOutside, int limit) {
    Map<Long, Integer> count = new HashMap<>(helpedOutside);
    for (HouseholdImport.Household h : all.values()) {
      for (SaveVulnerablePerson v : h.save().vulnerable()) {
        if (v.helperPersonId() != null && count.merge(v.helperPersonId(), 1, Integer::sum) == limit + 1) {
          errors.add(new RowError(h.row(), header("helper"), "helper-full", List.of(v.helperPersonId(), limit)));
        }
      }
    }
  }

  List<RowError> errors() {
    return errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
  }

  private HouseholdImport.Zone zone(HouseholdSheet.Line line) {
    String code = line.get("zone");
    if (code.isEmpty()) {
      error(line, "zone", "required");
      return null;
    }
    HouseholdImport.Zone zone = zones.get(code);
    if (zone == null) {
      error(line, "zone", "zone-unknown", code);
    } else if (onlyZone != null && zone.id() != onlyZone) {
      error(line, "zone", "zone-other", code);
    }
    return zone;
  }

  private Integer members(HouseholdSheet.Line line) {
    String value = line.get("members");
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= 50) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(line, "members", value.isEmpty() ? "required" : "members-invalid", value);
    return null;
  }

  private Optional<SaveVulnerablePerson> vulnerablePerson(HouseholdSheet.Line line) {
    String name = text(line, "vulnerable", 50, false);
    String kind = line.get("kind");
    String helper = line.get("helper");
    if (name == null) {
      if (!kind.isEmpty() || !helper.isEmpty()) {
        error(line, "vulnerable", "required");
      }
      return Optional.empty();
    }
    Optional<VulnerableKind> found = Arrays.stream(VulnerableKind.values())
        .filter(k -> k.name().equalsIgnoreCase(kind) || k.zh().equals(kind)).findFirst();
    if (found.isEmpty()) {
      error(line, "kind", kind.isEmpty() ? "required" : "kind-unknown", kind);
    }
    Long helperId = helperId(helper);
    if (!helper.isEmpty() && (helperId == null || !helperKnown.computeIfAbsent(helperId, helperExists::test))) {
      error(line, "helper", "helper-unknown", helper);
    }
    return found.map(k -> new SaveVulnerablePerson(name, k, helperId, null));
  }

  private static Long helperId(String helper) {
    try {
      return helper.isEmpty() ? null : Long.valueOf(helper);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String text(HouseholdSheet.Line line, String key, int max, boolean required) {
    String value = line.get(key);
    if (value.isEmpty()) {
      if (required) {
        error(line, key, "required");
      }
      return null;
    }
    if (value.length() > max) {
      error(line, key, "too-long", max);
    }
    return value;
  }

  private void error(HouseholdSheet.Line line, String key, String code, Object... args) {
    errors.add(new RowError(line.number(), header(key), code, List.of(args)));
  }

  private static String header(String key) {
    return HouseholdSheet.COLUMNS.get(Arrays.asList(HouseholdSheet.KEYS).indexOf(key));
  }
}
