package org.anlan.resources;

import org.anlan.platform.RowProblems;
import org.anlan.platform.Sheets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.Actor;
import org.anlan.platform.ImportProgress;
import org.anlan.shared.AreaCode;
import org.anlan.shared.DomainException;

/** Reads typed values out of workbook rows, collecting every bad cell instead of stopping at the first. */
final class RowChecks {

  private final RowProblems problems = new RowProblems("resources", true);
  private final AreaCatalogue areas;
  private final Jurisdiction jurisdiction;
  private final Siting siting;
  private final Actor actor;
  private final ImportProgress progress;

  RowChecks(AreaCatalogue areas, Jurisdiction jurisdiction, Siting siting, Actor actor, ImportProgress progress) {
    this.progress = progress;
    this.areas = areas;
    this.jurisdiction = jurisdiction;
    this.siting = siting;
    this.actor = actor;
  }

  void add(Sheets.Line line, String column, String code, Object... args) {
    problems.add(line, column, code, args);
  }

  /** The rows of each sheet of {@code layout}: the import is reading, then checking them. */
  Map<String, List<Sheets.Line>> read(java.io.InputStream in, Map<String, List<String>> layout) {
    progress.phase(ImportProgress.Phase.READING, 0);
    Map<String, List<Sheets.Line>> sheets = Sheets.read(in, layout, "resources");
    progress.phase(ImportProgress.Phase.CHECKING, sheets.values().stream().mapToInt(List::size).sum());
    return sheets;
  }

  /** Throws {@code resources.import-rows} with every problem when there is one; else the import is writing. */
  void throwIfAny() {
    problems.throwIfAny();
    progress.phase(ImportProgress.Phase.WRITING, 0);
  }

  String required(Sheets.Line line, String column, int maxLength) {
    return problems.required(line, column, maxLength);
  }

  String optional(Sheets.Line line, String column, int maxLength) {
    return problems.optional(line, column, maxLength);
  }

  /** An enum constant by its name or by its Chinese label ({@code labels}: name → label). */
  <E extends Enum<E>> E choice(Sheets.Line line, String column, Class<E> type, Map<E, String> labels) {
    String value = line.get(column);
    Optional<E> found = lookup(type, labels, value);
    if (found.isEmpty()) {
      add(line, column, "invalid", value);
    }
    return found.orElse(null);
  }

  /** Enum constants listed in one cell, separated by 、 , ， ; or ；, each by its name or Chinese label; empty when blank. */
  <E extends Enum<E>> Set<E> choices(Sheets.Line line, String column, Class<E> type, Map<E, String> labels) {
    Set<E> found = EnumSet.noneOf(type);
    for (String value : line.get(column).split("[、,，;；]")) {
      if (value.isBlank()) {
        continue;
      }
      lookup(type, labels, value.trim()).ifPresentOrElse(found::add, () -> add(line, column, "invalid", value.trim()));
    }
    return found;
  }

  private static <E extends Enum<E>> Optional<E> lookup(Class<E> type, Map<E, String> labels, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equalsIgnoreCase(value) || value.equals(labels.get(e))).findFirst();
  }

  Double decimal(Sheets.Line line, String column) {
    try {
      return Double.valueOf(line.get(column));
    } catch (NumberFormatException e) {
      add(line, column, "invalid", line.get(column));
      return null;
    }
  }

  Long whole(Sheets.Line line, String column, long min, boolean required) {
    String value = line.get(column);
    if (value.isEmpty() && !required) {
      return null;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= min && n <= 100_000_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    add(line, column, "invalid", value);
    return null;
  }

  /** The area of the row, known and in the caller's scope. */
  Area area(Sheets.Line line, String column) {
    String code = line.get(column);
    Optional<Area> area = code.matches("\\d{12}") ? areas.find(AreaCode.of(code)) : Optional.empty();
    if (area.isEmpty()) {
      add(line, column, "area-unknown", code);
      return null;
    }
    if (!jurisdiction.covers(actor, area.get().code())) {
      add(line, column, "area-out-of-scope", code);
      return null;
    }
    return area.get();
  }

  void inside(Sheets.Line line, Double lon, Double lat) {
    if (lon == null || lat == null) {
      return;
    }
    try {
      siting.requireInside(lon, lat);
    } catch (DomainException e) {
      add(line, "经度", "location-outside", lon, lat);
    }
  }
}
