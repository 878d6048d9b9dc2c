package org.anlan.directory;

import org.anlan.platform.ImportRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel (.xlsx) export and import of people and assignments, and the empty template. */
@RestController
class ExcelController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DirectoryDesk desk;
  private final DirectoryQueries queries;
  private final DirectoryImport importer;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;

  ExcelController(DirectoryDesk desk, DirectoryQueries queries, DirectoryImport importer, Jurisdiction jurisdiction,
      AreaCatalogue areas) {
    this.desk = desk;
    this.queries = queries;
    this.importer = importer;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
  }

  @Operation(summary = "导出人员 People within ?area= as .xlsx (sheet 人员)")
  @GetMapping("/api/v1/people/export.xlsx")
  ResponseEntity<byte[]> exportPeople(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    List<PersonSummary> people = queries.allPeople(areas.subtree(root.code()).stream().map(a -> a.code().value()).toList());
    byte[] bytes = new WorkbookWriter().sheet(SheetLayout.PEOPLE, people, this::personCells).notes().bytes();
    return file("人员-" + root.shortName() + ".xlsx", bytes);
  }

  @Operation(summary = "导出责任分工 Assignments within ?area= as .xlsx (sheet 责任)")
  @GetMapping("/api/v1/assignments/export.xlsx")
  ResponseEntity<byte[]> exportAssignments(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    // the 责任 sheet has no target column: danger-zone (六落实) assignments are managed under the zone
    List<AssignmentSummary> rows = desk.assignments(root.code(), null, null).stream()
        .filter(a -> TargetType.AREA.name().equals(a.targetType())).toList();
    Map<Long, PersonSummary> deputies = new java.util.HashMap<>();
    queries.people(rows.stream().map(AssignmentSummary::deputyPersonId).filter(java.util.Objects::nonNull).distinct().toList())
        .forEach(p -> deputies.put(p.id(), p));
    byte[] bytes = new WorkbookWriter().sheet(SheetLayout.ASSIGNMENTS, rows, a -> assignmentCells(a, deputies)).notes().bytes();
    return file("责任-" + root.shortName() + ".xlsx", bytes);
  }

  @Operation(summary = "导入模板 An empty workbook with the 人员 and 责任 sheets")
  @GetMapping("/api/v1/directory/template.xlsx")
  ResponseEntity<byte[]> template() {
    byte[] bytes = new WorkbookWriter().sheet(SheetLayout.PEOPLE, List.of(), this::personCells)
        .sheet(SheetLayout.ASSIGNMENTS, List.<AssignmentSummary>of(), a -> List.of()).notes().bytes();
    return file("通讯录导入模板-directory-template.xlsx", bytes);
  }

  @Operation(summary = "导入 Import people and assignments from .xlsx (multipart 'file'): all rows or none")
  @PostMapping(value = "/api/v1/directory/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult importFile(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new ImportRejectedException("directory.import-file-missing");
    }
    try (InputStream in = file.getInputStream()) {
      return importer.importWorkbook(in);
    }
  }

  private List<String> personCells(PersonSummary p) {
    return List.of(p.name(), p.mobile(), p.areaCode(), areaName(p.areaCode()), nz(p.organisationName()), nz(p.position()),
        nz(p.email()), nz(p.otherChannels()), p.available() ? "是" : "否", nz(p.note()));
  }

  private List<String> assignmentCells(AssignmentSummary a, Map<Long, PersonSummary> deputies) {
    PersonSummary deputy = a.deputyPersonId() == null ? null : deputies.get(a.deputyPersonId());
    String role = ResponsibilityRole.find(a.roleCode()).map(ResponsibilityRole::zh).orElse("");
    return List.of(a.areaCode(), areaName(a.areaCode()), a.roleCode(), role, a.personMobile(), a.personName(),
        deputy == null ? "" : deputy.mobile(), deputy == null ? "" : deputy.name(),
        a.validFrom() == null ? "" : a.validFrom().toString(), a.validTo() == null ? "" : a.validTo().toString(), nz(a.note()));
  }

  private String areaName(String code) {
    return areas.find(AreaCode.of(code)).map(Area::name).orElse("");
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }
}
