package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
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

/** Excel (.xlsx) template, export and import of enterprises (企业), hazard-bearing bodies (承灾体) and danger zones (隐患点). */
@RestController
class RiskExcelController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final EnterpriseDesk enterprises;
  private final BearingBodyDesk bodies;
  private final RiskImport importer;
  private final DangerZoneDesk zones;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;

  RiskExcelController(EnterpriseDesk enterprises, BearingBodyDesk bodies, RiskImport importer, DangerZoneDesk zones,
      Jurisdiction jurisdiction, AreaCatalogue areas) {
    this.zones = zones;
    this.enterprises = enterprises;
    this.bodies = bodies;
    this.importer = importer;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
  }

  @Operation(summary = "企业导入模板 An empty 企业 sheet")
  @GetMapping("/api/v1/enterprises/template.xlsx")
  ResponseEntity<byte[]> enterpriseTemplate() {
    return file("企业导入模板-enterprises-template.xlsx",
        RiskWorkbook.write(RiskSheets.ENTERPRISES, RiskSheets.ENTERPRISE_COLUMNS, List.of()));
  }

  @Operation(summary = "导出企业 Enterprises within ?area= as .xlsx")
  @GetMapping("/api/v1/enterprises/export.xlsx")
  ResponseEntity<byte[]> exportEnterprises(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    List<List<String>> rows = enterprises.enterprises(root.code(), null).stream().map(e -> List.of(e.name(),
        e.creditCode(), RiskSheets.name(e.industry()), nz(e.address()), String.valueOf(e.lon()), String.valueOf(e.lat()),
        e.areaCode(), areaName(e.areaCode()), nz(e.responsiblePersonId()), nz(e.legalRepresentative()),
        nz(e.employees()), RiskSheets.name(e.status()))).toList();
    return file("企业-" + root.shortName() + ".xlsx", RiskWorkbook.write(RiskSheets.ENTERPRISES, RiskSheets.ENTERPRISE_COLUMNS, rows));
  }

  @Operation(summary = "导入企业 Import enterprises from .xlsx (multipart 'file'); by credit code, all rows or none")
  @PostMapping(value = "/api/v1/enterprises/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RiskImport.Result importEnterprises(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return importer.enterprises(in);
    }
  }

  @Operation(summary = "承灾体导入模板 An empty 承灾体 sheet")
  @GetMapping("/api/v1/hazard-bearing-bodies/template.xlsx")
  ResponseEntity<byte[]> bodyTemplate() {
    return file("承灾体导入模板-bodies-template.xlsx", RiskWorkbook.write(RiskSheets.BODIES, RiskSheets.BODY_COLUMNS, List.of()));
  }

  @Operation(summary = "导出承灾体 Hazard-bearing bodies within ?area= as .xlsx")
  @GetMapping("/api/v1/hazard-bearing-bodies/export.xlsx")
  ResponseEntity<byte[]> exportBodies(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    List<List<String>> rows = bodies.bodies(root.code(), null).stream().map(b -> List.of(b.name(),
        RiskSheets.name(b.kind()), String.valueOf(b.lon()), String.valueOf(b.lat()), b.areaCode(), areaName(b.areaCode()),
        nz(b.people()), nz(b.responsiblePersonId()), nz(b.note()))).toList();
    return file("承灾体-" + root.shortName() + ".xlsx", RiskWorkbook.write(RiskSheets.BODIES, RiskSheets.BODY_COLUMNS, rows));
  }

  @Operation(summary = "导入承灾体 Import hazard-bearing bodies from .xlsx (multipart 'file'); by name and area, all rows or none")
  @PostMapping(value = "/api/v1/hazard-bearing-bodies/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RiskImport.Result importBodies(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return importer.bodies(in);
    }
  }

  @Operation(summary = "隐患点导入模板 An empty 隐患点 sheet (a point as 经度/纬度, or a polygon as 范围WKT)")
  @GetMapping("/api/v1/danger-zones/template.xlsx")
  ResponseEntity<byte[]> zoneTemplate() {
    return file("隐患点导入模板-danger-zones-template.xlsx", RiskWorkbook.write(RiskSheets.ZONES, RiskSheets.ZONE_COLUMNS, List.of()));
  }

  @Operation(summary = "导出隐患点 Danger zones within ?area= as .xlsx (points as 经度/纬度, polygons as 范围WKT)")
  @GetMapping("/api/v1/danger-zones/export.xlsx")
  ResponseEntity<byte[]> exportZones(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    List<List<String>> rows = zones.zones(root.code(), null).stream().map(z -> {
      boolean point = z.geometryWkt().startsWith("POINT");
      return List.of(z.code(), z.name(), RiskSheets.name(z.kind()), point ? String.valueOf(z.lon()) : "",
          point ? String.valueOf(z.lat()) : "", point ? "" : z.geometryWkt(), z.areaCode(), areaName(z.areaCode()),
          nz(z.propertyWan()), RiskSheets.name(z.status()), nz(z.note()));
    }).toList();
    return file("隐患点-" + root.shortName() + ".xlsx", RiskWorkbook.write(RiskSheets.ZONES, RiskSheets.ZONE_COLUMNS, rows));
  }

  @Operation(summary = "导入隐患点 Import danger zones from .xlsx (multipart 'file'); by code, all rows or none")
  @PostMapping(value = "/api/v1/danger-zones/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RiskImport.Result importZones(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return importer.zones(in);
    }
  }

  private static InputStream open(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new RuleViolatedException("risk.import-unreadable", "no file");
    }
    return file.getInputStream();
  }

  private String areaName(String code) {
    return areas.find(AreaCode.of(code)).map(Area::name).orElse("");
  }

  private static String nz(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
    return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(bytes);
  }
}
