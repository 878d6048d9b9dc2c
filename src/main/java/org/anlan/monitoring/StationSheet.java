package org.anlan.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.platform.ImportRejectedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The stations workbook: one sheet 监测站 with a header row of Chinese column names, read as text.
 * Refuses (422) a file that is not a readable .xlsx, lacks the sheet, has the wrong columns, or more
 * than {@link #MAX_ROWS} rows. The resources and risk modules keep their own readers private, so this
 * is monitoring's own small one, of the same shape.
 */
final class StationSheet {

  static final String SHEET = "监测站";
  static final List<String> COLUMNS = List.of("站码", "站名", "类型", "经度", "纬度", "行政区划代码", "权属单位", "行业", "关联对象类型",
      "关联对象编号", "报送间隔(秒)", "状态", "备注");
  static final int MAX_ROWS = 5000;

  /** One data row: its Excel row number (1-based, as the user sees it) and its cells as trimmed text. */
  record Line(int number, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  private StationSheet() {}

  /** The non-empty rows of the sheet 监测站. */
  static List<Line> read(InputStream in) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(SHEET);
      if (sheet == null) {
        throw new ImportRejectedException("monitoring.import-sheet", SHEET);
      }
      List<String> header = header(sheet);
      List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      List<String> unknown = header.stream().filter(c -> !c.isEmpty() && !COLUMNS.contains(c)).toList();
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        throw new ImportRejectedException("monitoring.import-columns", List.of(), Map.of("missing", missing, "unknown", unknown),
            missing.isEmpty() ? "—" : String.join("、", missing), unknown.isEmpty() ? "—" : String.join("、", unknown));
      }
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw new ImportRejectedException("monitoring.import-too-large", MAX_ROWS);
      }
      return lines(sheet, header);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejectedException refused) {
        throw refused;
      }
      throw new ImportRejectedException("monitoring.import-file-invalid");
    }
  }

  private static List<String> header(Sheet sheet) {
    List<String> found = new ArrayList<>();
    Row row = sheet.getRow(0);
    if (row != null) {
      for (int c = 0; c < row.getLastCellNum(); c++) {
        found.add(text(row.getCell(c)));
      }
    }
    return found;
  }

  private static List<Line> lines(Sheet sheet, List<String> header) {
    List<Line> lines = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        if (!header.get(c).isEmpty()) {
          values.put(header.get(c), text(row.getCell(c)));
        }
      }
      if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
        lines.add(new Line(r + 1, values));
      }
    }
    return lines;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case STRING -> cell.getStringCellValue().trim();
      default -> "";
    };
  }

  /** The sheet 监测站 with its header row and the given rows (cells in {@link #COLUMNS} order; null is empty). */
  static byte[] write(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(COLUMNS.get(c));
        sheet.setColumnWidth(c, 16 * 256);
      }
      int r = 1;
      for (List<String> values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write workbook", e);
    }
  }
}
