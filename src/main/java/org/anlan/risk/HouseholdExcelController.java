package org.anlan.risk;

import org.anlan.platform.ImportRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 住户导入导出: the households workbook per zone or per area (template, export, all-or-nothing import). */
@RestController
@RequestMapping("/api/v1/danger-zones")
class HouseholdExcelController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DangerZoneDesk desk;
  private final Jurisdiction jurisdiction;

  HouseholdExcelController(DangerZoneDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "住户导入模板 The households workbook template")
  @GetMapping("/households-template.xlsx")
  ResponseEntity<byte[]> template() {
    return file("住户导入模板.xlsx", desk.householdsTemplate());
  }

  @Operation(summary = "导出住户 Households of the zones within ?area= (default: the caller's scope)")
  @GetMapping("/households.xlsx")
  ResponseEntity<byte[]> exportArea(@RequestParam(required = false) String area) {
    return file("住户.xlsx", desk.exportHouseholds(jurisdiction.listRoot(area).code(), null));
  }

  @Operation(summary = "导出一个隐患点的住户 Households of one zone")
  @GetMapping("/{id}/households.xlsx")
  ResponseEntity<byte[]> exportZone(@PathVariable long id) {
    jurisdiction.requireVisible(AreaCode.of(desk.zone(id).areaCode()));
    return file("住户-" + desk.zone(id).code() + ".xlsx", desk.exportHouseholds(null, id));
  }

  @Operation(summary = "导入住户 Import households (rows name their zone code); all or nothing")
  @PostMapping(value = "/households.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  HouseholdImportResult importArea(@RequestParam(required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return desk.importHouseholds(in, null);
    }
  }

  @Operation(summary = "导入一个隐患点的住户 Import households of one zone; all or nothing")
  @PostMapping(value = "/{id}/households.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  HouseholdImportResult importZone(@PathVariable long id, @RequestParam(required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return desk.importHouseholds(in, id);
    }
  }

  private static InputStream open(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new ImportRejectedException("risk.import-file-missing");
    }
    return file.getInputStream();
  }

  private static ResponseEntity<byte[]> file(String name, byte[] body) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
