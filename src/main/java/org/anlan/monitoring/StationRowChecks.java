package org.anlan.monitoring;

import org.anlan.platform.RowProblems;
import org.anlan.platform.Sheets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.anlan.shared.DomainException;
import org.anlan.shared.GeoPoint;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Reads the typed values of the rows of the stations sheet, collecting every bad cell (column and
 * reason, message key {@code monitoring.row.<code>}) instead of stopping at the first. The caller's
 * scope is not checked here: an area outside it refuses the whole import (403), see {@link StationImport}.
 */
final class StationRowChecks {

  /** 状态 in the sheet: 运行, 维护, 停用 (or ACTIVE, MAINTENANCE, RETIRED). */
  static final Map<StationStatus, String> STATUSES = Map.of(StationStatus.ACTIVE, "运行", StationStatus.MAINTENANCE, "维护",
      StationStatus.RETIRED, "停用");

  private final RowProblems problems = new RowProblems("monitoring", false);
  private final Set<String> codes = new HashSet<>();
  private final AreaCatalogue areas;
  private final PreparedGeometry outline;

  StationRowChecks(AreaCatalogue areas) {
    this.areas = areas;
    this.outline = areas.boundary(areas.root().code()).map(b -> PreparedGeometryFactory.prepare(b.shape().geometry())).orElse(null);
  }

  void add(Sheets.Line line, String column, String code, Object... args) {
    problems.add(line, column, code, args);
  }

  /** How many bad cells were found so far. */
  int count() {
    return problems.count();
  }

  /** 422 {@code monitoring.import-rows} with every bad cell, if there is one. */
  void throwIfAny() {
    problems.throwIfAny();
  }

  /** 站码: required, letters, digits, {@code _ . -}, once in the file. */
  String code(Sheets.Line line) {
    String code = required(line, "站码", 40);
    if (!code.isEmpty() && !code.matches("[A-Za-z0-9_.-]+")) {
      add(line, "站码", "code-invalid", code);
    } else if (!code.isEmpty() && !codes.add(code)) {
      add(line, "站码", "duplicate", code);
    }
    return code;
  }

  String required(Sheets.Line line, String column, int maxLength) {
    return problems.required(line, column, maxLength);
  }

  String optional(Sheets.Line line, String column, int maxLength) {
    return problems.optional(line, column, maxLength);
  }

  /** 类型: a kind code ({@code rain}) or its Chinese name (雨量站). */
  StationKind kind(Sheets.Line line) {
    String value = line.get("类型");
    if (value.isEmpty()) {
      add(line, "类型", "required");
      return null;
    }
    try {
      return StationKind.of(value);
    } catch (DomainException e) {
      add(line, "类型", "kind-unknown", value);
      return null;
    }
  }

  /** 状态, or {@code fallback} when blank. */
  StationStatus status(Sheets.Line line, StationStatus fallback) {
    String value = line.get("状态");
    if (value.isEmpty()) {
      return fallback;
    }
    Optional<StationStatus> found = Arrays.stream(StationStatus.values())
        .filter(s -> s.name().equals(value.toUpperCase(Locale.ROOT)) || value.equals(STATUSES.get(s))).findFirst();
    if (found.isEmpty()) {
      add(line, "状态", "status-unknown", value);
    }
    return found.orElse(null);
  }

  /** A required number between {@code -limit} and {@code limit}. */
  Double coordinate(Sheets.Line line, String column, double limit) {
    String value = line.get(column);
    try {
      double d = Double.parseDouble(value);
      if (Double.isFinite(d) && Math.abs(d) <= limit) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    add(line, column, value.isEmpty() ? "required" : "number-invalid", value);
    return null;
  }

  /** The point must lie inside the district outline (when the district has one); prepared once, as thousands of rows ask. */
  void inside(Sheets.Line line, Double lon, Double lat) {
    if (lon != null && lat != null && outline != null && !outline.covers(new GeoPoint(lon, lat).toJts())) {
      add(line, "经度", "location-outside", String.valueOf(lon), String.valueOf(lat));
    }
  }

  /** 报送间隔(秒): a whole number of seconds, 10 to 86,400. */
  Integer interval(Sheets.Line line) {
    String value = line.get("报送间隔(秒)");
    try {
      int seconds = Integer.parseInt(value);
      if (seconds >= 10 && seconds <= 86_400) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    add(line, "报送间隔(秒)", value.isEmpty() ? "required" : "interval-invalid", value);
    return null;
  }

  /** 行政区划代码: a known 12-digit area code. */
  Area area(Sheets.Line line) {
    String code = line.get("行政区划代码");
    Optional<Area> area = AreaCode.isValid(code) ? areas.find(AreaCode.of(code)) : Optional.empty();
    if (area.isEmpty()) {
      add(line, "行政区划代码", code.isEmpty() ? "required" : "area-unknown", code);
    }
    return area.orElse(null);
  }
}
