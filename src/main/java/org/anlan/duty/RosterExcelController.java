package org.anlan.duty;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.ImportRejectedException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel (.xlsx) template, export and import of one month of one area's roster (sheet 值班表). */
@RestController
class RosterExcelController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DutyRoster roster;
  private final RosterImport importer;
  private final Jurisdiction jurisdiction;
  private final Clock clock;

  RosterExcelController(DutyRoster roster, RosterImport importer, Jurisdiction jurisdiction, Clock clock) {
    this.roster = roster;
    this.importer = importer;
    this.jurisdiction = jurisdiction;
    this.clock = clock;
  }

  @Operation(summary = "值班表导入模板 An empty 值班表 sheet")
  @GetMapping("/api/v1/duty/shifts/template.xlsx")
  ResponseEntity<byte[]> template() {
    return file("值班表导入模板-roster-template.xlsx", RosterSheet.write(List.of()));
  }

  @Operation(summary = "导出值班表 The shifts of ?area='s roster (default: the caller's scope) starting in ?month= (yyyy-MM; default: this month)")
  @GetMapping("/api/v1/duty/shifts/export.xlsx")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String area, @RequestParam(required = false) String month) {
    Area root = jurisdiction.listRoot(area);
    YearMonth m = month(month);
    ZoneId zone = clock.getZone();
    List<ShiftSummary> shifts = roster.starting(root.code(), m.atDay(1).atStartOfDay(zone).toInstant(),
        m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    return file("值班表-" + root.shortName() + "-" + m + ".xlsx", RosterSheet.write(RosterImport.rows(shifts, zone)));
  }

  @Operation(summary = "导入值班表 Replace ?area='s roster (default: the caller's scope) for ?month= (yyyy-MM) with the rows of an .xlsx "
      + "(multipart 'file'): all rows or none")
  @PostMapping(value = "/api/v1/duty/shifts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RosterImport.Result importMonth(@RequestParam(required = false) String area, @RequestParam(required = false) String month,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    Area root = jurisdiction.listRoot(area);
    YearMonth m = month(month);
    if (file == null || file.isEmpty()) {
      throw new ImportRejectedException("duty.import-file-missing");
    }
    try (InputStream in = file.getInputStream()) {
      return importer.importMonth(root.code(), m, in);
    }
  }

  private YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      return YearMonth.now(clock);
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new RuleViolatedException("duty.month-invalid", value);
    }
  }

  private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
    return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(bytes);
  }
}
