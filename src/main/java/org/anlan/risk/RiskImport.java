package org.anlan.risk;

import org.anlan.platform.ImportRejectedException;
import org.anlan.platform.ImportRejectedException.RejectedRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.ImportProgress;
import org.anlan.platform.ImportProgressRegistry;
import org.anlan.platform.ScopeDeniedException;
import org.anlan.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel import of enterprises (by credit code) and hazard-bearing bodies (by name and area): a row
 * that matches an existing record updates it, others are created. All rows or none: every row is
 * tried with the same rules as the API, and if any fails the transaction is rolled back and the
 * errors of every row are reported. Danger zones are imported the same way, by their code.
 */
@Component
class RiskImport {

  /** What an import did. */
  record Result(int created, int updated) {}

  private final EnterpriseCommands enterprises;
  private final Enterprises enterpriseRows;
  private final BearingBodyCommands bodies;
  private final Validator validator;
  private final MessageSource messages;
  private final CurrentActor actors;
  private final ZoneCommands zones;
  private final DangerZones zoneRows;
  private final ImportProgressRegistry progresses;

  RiskImport(EnterpriseCommands enterprises, Enterprises enterpriseRows, BearingBodyCommands bodies, Validator validator,
      MessageSource messages, CurrentActor actors, ZoneCommands zones, DangerZones zoneRows, ImportProgressRegistry progresses) {
    this.progresses = progresses;
    this.zones = zones;
    this.zoneRows = zoneRows;
    this.actors = actors;
    this.enterprises = enterprises;
    this.enterpriseRows = enterpriseRows;
    this.bodies = bodies;
    this.validator = validator;
    this.messages = messages;
  }

  @Transactional
  public Result enterprises(InputStream in) {
    actors.writer();
    Rows rows = new Rows(RiskSheets.ENTERPRISES);
    Set<String> seen = new HashSet<>();
    for (RiskWorkbook.Line line : read(in, RiskSheets.ENTERPRISES, null)) {
      rows.at(line);
      SaveEnterprise command = new SaveEnterprise(line.get("企业名称"), line.get("统一社会信用代码").toUpperCase(),
          rows.parse(Industry.class, "行业"), line.get("地址"), rows.number("经度"), rows.number("纬度"),
          line.get("区划代码"), rows.id("安全负责人编号"), line.get("法定代表人"), rows.whole("从业人数"),
          rows.parse(EnterpriseStatus.class, "状态"), null);
      if (!seen.add(command.creditCode())) {
        rows.error("统一社会信用代码", "risk.row.duplicate", command.creditCode());
      }
      rows.run(command, () -> {
        var found = enterpriseRows.findByCreditCode(command.creditCode().trim());
        if (found.isPresent()) {
          enterprises.update(found.get().id, command);
          return false;
        }
        enterprises.create(command);
        return true;
      });
    }
    return rows.result();
  }

  @Transactional
  public Result bodies(InputStream in) {
    actors.writer();
    Rows rows = new Rows(RiskSheets.BODIES);
    Set<String> seen = new HashSet<>();
    for (RiskWorkbook.Line line : read(in, RiskSheets.BODIES, null)) {
      rows.at(line);
      SaveBearingBody command = new SaveBearingBody(line.get("名称"), rows.parse(BodyKind.class, "类型"),
          rows.number("经度"), rows.number("纬度"), line.get("区划代码"), rows.whole("人数"), rows.id("责任人编号"),
          line.get("备注"), null);
      if (!seen.add(command.name() + "|" + command.areaCode())) {
        rows.error("名称", "risk.row.duplicate", command.name());
      }
      rows.run(command, () -> {
        var found = command.name() == null || command.areaCode() == null ? java.util.Optional.<BearingBody>empty()
            : bodies.find(command.name(), command.areaCode());
        if (found.isPresent()) {
          bodies.update(found.get().id, command);
          return false;
        }
        bodies.create(command);
        return true;
      });
    }
    return rows.result();
  }

  /**
   * Danger zones (sheet 隐患点) by their code: a point from 经度/纬度 or a polygon from 范围WKT;
   * the header must be exactly the template's.
   */
  @Transactional
  public Result zones(InputStream in) {
    actors.writer();
    Rows rows = new Rows(RiskSheets.ZONES);
    Set<String> seen = new HashSet<>();
    for (RiskWorkbook.Line line : read(in, RiskSheets.ZONES, RiskSheets.ZONE_COLUMNS)) {
      rows.at(line);
      String wkt = line.get("范围WKT");
      Double lon = rows.number("经度");
      Double lat = rows.number("纬度");
      if (wkt.isEmpty() && lon != null && lat != null) {
        wkt = "POINT (" + lon + " " + lat + ")";
      } else if (wkt.isEmpty()) {
        rows.error("范围WKT", "risk.row.zone-shape-missing");
      }
      String geometry = wkt;
      SaveDangerZone command = new SaveDangerZone(line.get("编号"), line.get("名称"), rows.parse(ZoneKind.class, "类型"),
          geometry, line.get("区划代码"), rows.number("财产损失万元"), rows.parse(ZoneStatus.class, "状态"), line.get("备注"),
          null);
      if (!seen.add(command.code())) {
        rows.error("编号", "risk.row.duplicate", command.code());
      }
      rows.run(command, () -> {
        var found = zoneRows.findByCode(command.code().trim());
        if (found.isPresent()) {
          zones.update(found.get().id, command);
          return false;
        }
        zones.create(command);
        return true;
      });
    }
    return rows.result();
  }

  /**
   * The rows of the sheet, reported to the request's {@link ImportProgress}: reading, then checking
   * with the row count (each row is checked and saved in turn; a failure anywhere rolls all back).
   */
  private List<RiskWorkbook.Line> read(InputStream in, String sheet, List<String> expected) {
    ImportProgress progress = progresses.current();
    progress.phase(ImportProgress.Phase.READING, 0);
    List<RiskWorkbook.Line> lines = expected == null ? RiskWorkbook.read(in, sheet) : RiskWorkbook.read(in, sheet, expected);
    progress.phase(ImportProgress.Phase.CHECKING, lines.size());
    return lines;
  }

  /** The errors and counts of one import. */
  private final class Rows {

    private final String sheet;
    private final ImportProgress progress = progresses.current();
    private final List<RejectedRow> errors = new ArrayList<>();
    private RiskWorkbook.Line line;
    private int rowErrors;
    private int created;
    private int updated;

    Rows(String sheet) {
      this.sheet = sheet;
    }

    void at(RiskWorkbook.Line current) {
      if (line != null) {
        progress.advance(1);
      }
      line = current;
      rowErrors = errors.size();
    }

    /** Validates and saves unless the row already has errors; {@code save} says whether it created. */
    void run(Object command, java.util.function.BooleanSupplier save) {
      for (ConstraintViolation<Object> v : validator.validate(command)) {
        add(v.getPropertyPath().toString(), "request.invalid", v.getMessage());
      }
      if (errors.size() > rowErrors) {
        return;
      }
      try {
        if (save.getAsBoolean()) {
          created++;
        } else {
          updated++;
        }
      } catch (DomainException e) {
        add(null, e.code(), message("problem." + e.code(), e.args()));
      } catch (ScopeDeniedException e) {
        add("区划代码", e.code(), message("problem." + e.code(), e.args()));
      }
    }

    <E extends Enum<E>> E parse(Class<E> type, String column) {
      String text = line.get(column);
      E value = RiskSheets.parse(type, text);
      if (value == null && !text.isEmpty()) {
        error(column, "risk.row.value-invalid", text);
      }
      return value;
    }

    Double number(String column) {
      try {
        return line.get(column).isEmpty() ? null : Double.valueOf(line.get(column));
      } catch (NumberFormatException e) {
        error(column, "risk.row.value-invalid", line.get(column));
        return null;
      }
    }

    Integer whole(String column) {
      Double value = number(column);
      return value == null ? null : value.intValue();
    }

    Long id(String column) {
      Double value = number(column);
      return value == null ? null : value.longValue();
    }

    void error(String column, String code, Object... args) {
      add(column, code, message(code, args));
    }

    private void add(String column, String code, String message) {
      errors.add(RejectedRow.resolved(sheet, line.number(), column, code, message));
    }

    private String message(String key, Object[] args) {
      return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    Result result() {
      if (line != null) {
        progress.advance(1);
      }
      if (!errors.isEmpty()) {
        throw new ImportRejectedException("risk.import-invalid", errors, Map.of(), errors.size());
      }
      return new Result(created, updated);
    }
  }
}
