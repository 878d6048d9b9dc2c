package org.anlan.resources;

import org.anlan.platform.Sheets;
import org.anlan.platform.ImportRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Area;
import org.anlan.area.Jurisdiction;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel (.xlsx) export, template and import of teams with members, warehouses with stock, shelters and experts. */
@RestController
class ResourcesExcelController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final TeamDesk teams;
  private final WarehouseDesk warehouses;
  private final TeamImport teamImport;
  private final WarehouseImport warehouseImport;
  private final ShelterDesk shelters;
  private final ExpertDesk experts;
  private final ShelterImport shelterImport;
  private final ExpertImport expertImport;
  private final Jurisdiction jurisdiction;

  ResourcesExcelController(TeamDesk teams, WarehouseDesk warehouses, TeamImport teamImport, WarehouseImport warehouseImport,
      ShelterDesk shelters, ExpertDesk experts, ShelterImport shelterImport, ExpertImport expertImport,
      Jurisdiction jurisdiction) {
    this.teams = teams;
    this.warehouses = warehouses;
    this.teamImport = teamImport;
    this.warehouseImport = warehouseImport;
    this.shelters = shelters;
    this.experts = experts;
    this.shelterImport = shelterImport;
    this.expertImport = expertImport;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "导出救援队伍 Teams within ?area= with their members as .xlsx (sheets 队伍, 队员)")
  @GetMapping("/api/v1/teams/export.xlsx")
  ResponseEntity<byte[]> exportTeams(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    byte[] bytes = Sheets.write(TeamImport.LAYOUT, TeamImport.rows(teams.teams(root.code(), null, null, null)));
    return file("救援队伍-" + root.shortName() + ".xlsx", bytes);
  }

  @Operation(summary = "救援队伍导入模板 An empty teams workbook")
  @GetMapping("/api/v1/teams/template.xlsx")
  ResponseEntity<byte[]> teamTemplate() {
    return file("救援队伍导入模板-teams-template.xlsx", Sheets.write(TeamImport.LAYOUT, Map.of()));
  }

  @Operation(summary = "导入救援队伍 Import teams and members from .xlsx (multipart 'file'): all rows or none; teams keyed by name and area")
  @PostMapping(value = "/api/v1/teams/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportCounts importTeams(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return teamImport.importWorkbook(in);
    }
  }

  @Operation(summary = "导出物资仓库 Warehouses within ?area= with their stock as .xlsx (sheets 仓库, 库存)")
  @GetMapping("/api/v1/warehouses/export.xlsx")
  ResponseEntity<byte[]> exportWarehouses(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    List<WarehouseSummary> list = warehouses.warehouses(root.code());
    Map<Long, List<StockLine>> stock = new HashMap<>();
    list.forEach(w -> stock.put(w.id(), warehouses.stock(w.id())));
    return file("物资仓库-" + root.shortName() + ".xlsx", Sheets.write(WarehouseImport.LAYOUT, WarehouseImport.rows(list, stock)));
  }

  @Operation(summary = "物资仓库导入模板 An empty warehouses workbook")
  @GetMapping("/api/v1/warehouses/template.xlsx")
  ResponseEntity<byte[]> warehouseTemplate() {
    return file("物资仓库导入模板-warehouses-template.xlsx", Sheets.write(WarehouseImport.LAYOUT, Map.of()));
  }

  @Operation(summary = "导入物资仓库 Import warehouses and stock (opening balances as ledger entries) from .xlsx: all rows or none")
  @PostMapping(value = "/api/v1/warehouses/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportCounts importWarehouses(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return warehouseImport.importWorkbook(in);
    }
  }

  @Operation(summary = "导出避难场所 Shelters within ?area= as .xlsx (sheet 避难场所)")
  @GetMapping("/api/v1/shelters/export.xlsx")
  ResponseEntity<byte[]> exportShelters(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    byte[] bytes = Sheets.write(ShelterImport.LAYOUT, ShelterImport.rows(shelters.shelters(root.code(), null, null)));
    return file("避难场所-" + root.shortName() + ".xlsx", bytes);
  }

  @Operation(summary = "避难场所导入模板 An empty shelters workbook")
  @GetMapping("/api/v1/shelters/template.xlsx")
  ResponseEntity<byte[]> shelterTemplate() {
    return file("避难场所导入模板-shelters-template.xlsx", Sheets.write(ShelterImport.LAYOUT, Map.of()));
  }

  @Operation(summary = "导入避难场所 Import shelters from .xlsx (multipart 'file'): all rows or none; keyed by name and area")
  @PostMapping(value = "/api/v1/shelters/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportCounts importShelters(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return shelterImport.importWorkbook(in);
    }
  }

  @Operation(summary = "导出专家 Experts within ?area= as .xlsx (sheet 专家)")
  @GetMapping("/api/v1/experts/export.xlsx")
  ResponseEntity<byte[]> exportExperts(@RequestParam(required = false) String area) {
    Area root = jurisdiction.listRoot(area);
    byte[] bytes = Sheets.write(ExpertImport.LAYOUT, ExpertImport.rows(experts.experts(root.code(), null)));
    return file("专家-" + root.shortName() + ".xlsx", bytes);
  }

  @Operation(summary = "专家导入模板 An empty experts workbook")
  @GetMapping("/api/v1/experts/template.xlsx")
  ResponseEntity<byte[]> expertTemplate() {
    return file("专家导入模板-experts-template.xlsx", Sheets.write(ExpertImport.LAYOUT, Map.of()));
  }

  @Operation(summary = "导入专家 Import experts from .xlsx (multipart 'file'): all rows or none; keyed by name and phone")
  @PostMapping(value = "/api/v1/experts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportCounts importExperts(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    try (InputStream in = open(file)) {
      return expertImport.importWorkbook(in);
    }
  }

  private static InputStream open(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new ImportRejectedException("resources.import-file-missing");
    }
    return file.getInputStream();
  }

  private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }
}
