package org.anlan.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.anlan.shared.RuleViolatedException;

/**
 * One sheet of .xlsx in and out: a header row with {@code columns}, then one row per record, all cells
 * as text. Reading takes the sheet by name (else the first), matches columns by header and refuses
 * an unreadable file or more than {@link #MAX_ROWS} rows.
 */
final class RiskWorkbook {

  static final int MAX_ROWS = 5000;

  /** One data row: its Excel row number (1-based) and its cells as trimmed text by header. */
  record Line(int number, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  private RiskWorkbook() {}

  static byte[] write(String sheetName, List<String> columns, List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(columns.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, 18 * 256);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c, CellType.STRING).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As {@link #read(InputStream, String)}, but refuses a header that lacks one of {@code expected} or has another column. */
  static List<Line> read(InputStream in, String sheetName, List<String> expected) {
    return read(in, sheetName, expected, true);
  }

  static List<Line> read(InputStream in, String sheetName) {
    return read(in, sheetName, List.of(), false);
  }

  private static List<Line> read(InputStream in, String sheetName, List<String> expected, boolean strict) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(sheetName) != null ? workbook.getSheet(sheetName) : workbook.getSheetAt(0);
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw new RuleViolatedException("risk.import-unreadable", "> " + MAX_ROWS + " rows");
      }
      Row header = sheet.getRow(0);
      List<String> columns = new ArrayList<>();
      for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
        columns.add(text(header.getCell(c)));
      }
      if (strict) {
        List<String> missing = expected.stream().filter(c -> !columns.contains(c)).toList();
        List<String> unknown = columns.stream().filter(c -> !c.isEmpty() && !expected.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
          throw new RuleViolatedException("risk.import-header", missing.isEmpty() ? "—" : String.join("、", missing),
              unknown.isEmpty() ? "—" : String.join("、", unknown));
        }
      }
      List<Line> lines = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; row != null && c < columns.size(); c++) {
          values.put(columns.get(c), text(row.getCell(c)));
        }
        if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
          lines.add(new Line(r + 1, values));
        }
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolatedException rule) {
        throw rule;
      }
      throw new RuleViolatedException("risk.import-unreadable", e.getClass().getSimpleName());
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return new DataFormatter().formatCellValue(cell).trim();
  }
}
