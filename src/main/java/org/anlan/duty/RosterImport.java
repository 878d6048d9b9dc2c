package org.anlan.duty;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.anlan.platform.ImportProgress;
import org.anlan.platform.ImportProgressRegistry;
import org.anlan.platform.RowProblems;
import org.anlan.platform.Sheets;
import org.anlan.shared.AreaCode;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one month of one area's roster (sheet 值班表) all or nothing: the shifts of the roster starting in that
 * month are replaced by the file's rows. Each row is checked (422 {@code duty.import-rows} with every bad cell,
 * message keys {@code duty.row.<code>}), including the {@link ShiftRules} against the shifts of other months and
 * rosters and against the rows above it; with any problem nothing is written. A person is named by 人员编号, else
 * by 手机号; a 姓名 given must match.
 */
@Service
class RosterImport {

  /** What an import did: shifts of the month removed, then created from the file. */
  record Result(String areaCode, String month, int removed, int created) {}

  private final DutyRoster roster;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final ImportProgressRegistry progresses;
  private final Clock clock;

  RosterImport(DutyRoster roster, AreaCatalogue areas, DirectoryDesk directory, ImportProgressRegistry progresses, Clock clock) {
    this.roster = roster;
    this.areas = areas;
    this.directory = directory;
    this.progresses = progresses;
    this.clock = clock;
  }

  @Transactional
  Result importMonth(AreaCode code, YearMonth month, InputStream in) {
    Area area = roster.changeable(code);
    if (area.level() != AreaLevel.DISTRICT && area.level() != AreaLevel.TOWN) {
      throw new RuleViolatedException("duty.area-not-roster", code.value());
    }
    ImportProgress progress = progresses.current();
    progress.phase(ImportProgress.Phase.READING, 0);
    List<Sheets.Line> lines = RosterSheet.read(in);
    ZoneId zone = clock.getZone();
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    int removed = roster.clear(area, from, to);
    progress.phase(ImportProgress.Phase.CHECKING, lines.size());
    RowProblems problems = new RowProblems("duty", false);
    int created = 0;
    for (Sheets.Line line : lines) {
      SaveShift command = command(problems, line, area, from, to, zone);
      if (command != null) {
        Optional<ShiftRules.Broken> broken = roster.add(area, command);
        broken.ifPresent(b -> problems.add(line, b.code().startsWith("person") ? "人员编号" : "开始时间", b.code(), b.args()));
        created += broken.isEmpty() ? 1 : 0;
      }
      progress.advance(1);
    }
    problems.throwIfAny();
    return new Result(code.value(), month.toString(), removed, created);
  }

  /** The row as a command, or null when it has a bad cell (each one reported). */
  private SaveShift command(RowProblems problems, Sheets.Line line, Area area, Instant monthStart, Instant monthEnd, ZoneId zone) {
    int before = problems.count();
    String areaCode = line.get("区域代码");
    if (!areaCode.isEmpty() && !areaCode.equals(area.code().value())) {
      problems.add(line, "区域代码", "area-mismatch", areaCode, area.code().value());
    }
    DutyPost post = post(problems, line);
    Long personId = person(problems, line);
    Instant startsAt = time(problems, line, "开始时间", zone);
    Instant endsAt = time(problems, line, "结束时间", zone);
    if (startsAt != null && (startsAt.isBefore(monthStart) || !startsAt.isBefore(monthEnd))) {
      problems.add(line, "开始时间", "outside-month", line.get("开始时间"));
    }
    String note = problems.optional(line, "备注", 500);
    return problems.count() > before ? null : new SaveShift(area.code().value(), post, personId, startsAt, endsAt, note, null);
  }

  private static DutyPost post(RowProblems problems, Sheets.Line line) {
    String value = problems.required(line, "岗位", 20);
    if (value.isEmpty()) {
      return null;
    }
    return Arrays.stream(DutyPost.values()).filter(p -> p.name().equalsIgnoreCase(value) || p.zh().equals(value)).findFirst()
        .orElseGet(() -> {
          problems.add(line, "岗位", "post-unknown", value);
          return null;
        });
  }

  /** By 人员编号, else by 手机号 (exact); the 姓名, when given, must be the person's. */
  private Long person(RowProblems problems, Sheets.Line line) {
    String id = line.get("人员编号");
    String mobile = line.get("手机号");
    Optional<PersonSummary> person;
    if (!id.isEmpty()) {
      person = id.matches("\\d{1,18}") ? directory.findPerson(Long.parseLong(id)) : Optional.empty();
    } else if (!mobile.isEmpty()) {
      person = directory.people(areas.root().code(), mobile, 0, 20).items().stream().filter(p -> mobile.equals(p.mobile())).findFirst();
    } else {
      problems.add(line, "人员编号", "person-missing");
      return null;
    }
    if (person.isEmpty()) {
      problems.add(line, id.isEmpty() ? "手机号" : "人员编号", "person-not-found", id.isEmpty() ? mobile : id);
      return null;
    }
    String name = line.get("姓名");
    if (!name.isEmpty() && !name.equals(person.get().name())) {
      problems.add(line, "姓名", "name-mismatch", name, person.get().name());
    }
    return person.get().id();
  }

  private static Instant time(RowProblems problems, Sheets.Line line, String column, ZoneId zone) {
    String value = line.get(column);
    if (value.isEmpty()) {
      problems.add(line, column, "required");
      return null;
    }
    LocalDateTime local = RosterSheet.time(value);
    if (local == null) {
      problems.add(line, column, "time-invalid", value);
      return null;
    }
    return local.atZone(zone).toInstant();
  }

  /** The sheet rows of {@code list}, in {@link RosterSheet#COLUMNS} order, times in {@code zone}. */
  static List<List<String>> rows(List<ShiftSummary> list, ZoneId zone) {
    return list.stream().map(s -> Arrays.asList(s.areaCode(), s.postName(), String.valueOf(s.personId()), s.personName(), s.mobile(),
        RosterSheet.TIME.format(s.startsAt().atZone(zone)), RosterSheet.TIME.format(s.endsAt().atZone(zone)), s.note())).toList();
  }
}
