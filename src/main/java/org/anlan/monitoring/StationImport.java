package org.anlan.monitoring;

import org.anlan.platform.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.ImportProgress;
import org.anlan.platform.ImportProgressRegistry;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports stations (sheet 监测站) all or nothing, keyed by the station code (站码): every row is checked
 * first (422 {@code monitoring.import-rows} with each bad cell); an area in the file, or the area of an
 * existing station it names, outside what the caller may change refuses the whole file (403
 * {@code access.out-of-scope}); then {@link StationDesk#saveAll} creates or updates the stations in
 * this one transaction. A blank 状态 keeps an existing station's status (运行 for a new one).
 */
@Service
class StationImport {

  /** What an import did: stations created and updated. New stations have no known token until one is rotated. */
  record Result(int created, int updated) {}

  private final StationDesk desk;
  private final Stations stations;
  private final AreaCatalogue areas;
  private final Jurisdiction jurisdiction;
  private final CurrentActor actors;
  private final ImportProgressRegistry progresses;

  StationImport(StationDesk desk, Stations stations, AreaCatalogue areas, Jurisdiction jurisdiction, CurrentActor actors,
      ImportProgressRegistry progresses) {
    this.desk = desk;
    this.stations = stations;
    this.areas = areas;
    this.jurisdiction = jurisdiction;
    this.actors = actors;
    this.progresses = progresses;
  }

  @Transactional
  Result importWorkbook(InputStream in) {
    actors.writer();
    ImportProgress progress = progresses.current();
    progress.phase(ImportProgress.Phase.READING, 0);
    List<Sheets.Line> lines = StationSheet.read(in);
    progress.phase(ImportProgress.Phase.CHECKING, lines.size());
    Map<String, Station> existing = stations.findAll().stream().collect(Collectors.toMap(s -> s.code, Function.identity()));
    StationRowChecks checks = new StationRowChecks(areas);
    Set<String> touched = new LinkedHashSet<>();
    List<SaveStation> planned = new ArrayList<>();
    for (Sheets.Line line : lines) {
      SaveStation command = command(checks, line, existing);
      if (command != null) {
        planned.add(command);
      }
      if (!line.get("行政区划代码").isEmpty() && AreaCode.isValid(line.get("行政区划代码"))) {
        touched.add(line.get("行政区划代码"));
      }
      Station old = existing.get(line.get("站码"));
      if (old != null) {
        touched.add(old.areaCode);
      }
      progress.advance(1);
    }
    touched.stream().map(AreaCode::of).filter(code -> areas.find(code).isPresent()).forEach(jurisdiction::requireChangeable);
    checks.throwIfAny();
    progress.phase(ImportProgress.Phase.WRITING, planned.size());
    int created = desk.saveAll(planned, () -> progress.advance(1));
    return new Result(created, planned.size() - created);
  }

  /** The row as a command, or null when it has a bad cell (each one reported to {@code checks}). */
  private static SaveStation command(StationRowChecks checks, Sheets.Line line, Map<String, Station> existing) {
    int problems = checks.count();
    String code = checks.code(line);
    String name = checks.required(line, "站名", 100);
    StationKind kind = checks.kind(line);
    Double lon = checks.coordinate(line, "经度", 180);
    Double lat = checks.coordinate(line, "纬度", 90);
    checks.inside(line, lon, lat);
    Area area = checks.area(line);
    String owner = checks.optional(line, "权属单位", 100);
    String industry = checks.optional(line, "行业", 40);
    String riskType = checks.optional(line, "关联对象类型", 40);
    String riskId = checks.optional(line, "关联对象编号", 40);
    Integer interval = checks.interval(line);
    Station old = existing.get(code);
    StationStatus status = checks.status(line, old == null ? StationStatus.ACTIVE : old.status);
    String note = checks.optional(line, "备注", 500);
    return checks.count() > problems ? null : new SaveStation(code, name, kind, lon, lat, area.code().value(), owner, industry, riskType, riskId, interval,
        status, null, note, null);
  }

  /** The sheet rows of {@code list}, in {@link StationSheet#COLUMNS} order; the token is never written. */
  static List<List<String>> rows(List<StationSummary> list) {
    return list.stream().map(s -> Arrays.asList(s.code(), s.name(), s.kind().label(), String.valueOf(s.lon()), String.valueOf(s.lat()),
        s.areaCode(), s.ownerDepartment(), s.industry(), s.riskType(), s.riskId(), String.valueOf(s.intervalSeconds()),
        StationRowChecks.STATUSES.get(s.status()), s.note())).toList();
  }
}
