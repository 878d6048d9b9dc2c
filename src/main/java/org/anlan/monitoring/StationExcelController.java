package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.ImportRejectedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel (.xlsx) template, export and import of monitoring stations (sheet 监测站), keyed by the station code. */
@RestController
class StationExcelController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StationDesk desk;
  private final StationImport importer;
  private final Jurisdiction jurisdiction;

  StationExcelController(StationDesk desk, StationImport importer, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.importer = importer;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "监测站导入模板 An empty 监测站 sheet")
  @GetMapping("/api/v1/stations/template.xlsx")
  ResponseEntity<byte[]> template() {
    return file("监测站导入模板-stations-template.xlsx", StationSheet.write(List.of()));
  }

  @Operation(summary = "导出监测站 Stations within ?area= (default: the caller's scope), optionally of one ?kind=, as .xlsx (no tokens)")
  @GetMapping("/api/v1/stations/export.xlsx")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String area, @RequestParam(required = false) String kind) {
    Area root = jurisdiction.listRoot(area);
    List<StationSummary> list = desk.stations(root.code(), kind == null || kind.isBlank() ? null : StationKind.of(kind));
    return file("监测站-" + root.shortName() + ".xlsx", StationSheet.write(StationImport.rows(list)));
  }

  @Operation(summary = "导入监测站 Import stations from .xlsx (multipart 'file'): all rows or none; by 站码, created or updated")
  @PostMapping(value = "/api/v1/stations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  StationImport.Result importStations(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new ImportRejectedException("monitoring.import-file-missing");
    }
    try (InputStream in = file.getInputStream()) {
      return importer.importWorkbook(in);
    }
  }

  private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
    return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(bytes);
  }
}
