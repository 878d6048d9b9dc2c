package org.anlan.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes the modules' import workbooks: named sheets with a header row of Chinese column names,
 * cells read as trimmed text. Refuses (with the module's own codes, {@code <prefix>.import-…}) a file that is
 * not a readable .xlsx ({@code import-file-invalid}), has none of the sheets ({@code import-sheets}, the sheet
 * names), wrong columns ({@code import-columns}: missing and unknown, also as the properties {@code missing}
 * and {@code unknown}; named {@code sheet.column} when there are several sheets), or more than
 * {@link #MAX_ROWS} rows in a sheet ({@code import-too-large}: sheet, limit).
 */
public final class Sheets {

  public static final int MAX_ROWS = 5000;

  /** One data row: its sheet, its Excel row number (1-based) and its cells as trimmed text. */
  public record Line(String sheet, int number, Map<String, String> values) {
    public String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  private Sheets() {}

  /** The rows of each sheet of {@code layout} (sheet → columns); an absent sheet has none. */
  public static Map<String, List<Line>> read(InputStream in, Map<String, List<String>> layout, String prefix) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Map<String, List<Line>> result = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      if (layout.keySet().stream().allMatch(name -> workbook.getSheet(name) == null)) {
        throw new ImportRejectedException(prefix + ".import-sheets", String.join("、", layout.keySet()));
      }
      boolean named = layout.size() > 1;
      layout.forEach((name, columns) -> {
        Sheet sheet = workbook.getSheet(name);
        result.put(name, sheet == null ? List.of() : lines(sheet, columns, missing, unknown, named, prefix));
      });
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        throw new ImportRejectedException(prefix + ".import-columns", List.of(), Map.of("missing", missing, "unknown", unknown),
            missing.isEmpty() ? "—" : String.join("、", missing), unknown.isEmpty() ? "—" : String.join("、", unknown));
      }
      return result;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejectedException refused) {
        throw refused;
      }
      throw new ImportRejectedException(prefix + ".import-file-invalid");
    }
  }

  private static List<Line> lines(Sheet sheet, List<String> columns, List<String> missing, List<String> unknown, boolean named,
      String prefix) {
    Row header = sheet.getRow(0);
    List<String> found = new ArrayList<>();
    if (header != null) {
      header.forEach(c -> found.add(text(c)));
    }
    String in = named ? sheet.getSheetName() + "." : "";
    columns.stream().filter(c -> !found.contains(c)).forEach(c -> missing.add(in + c));
    found.stream().filter(c -> !c.isEmpty() && !columns.contains(c)).forEach(c -> unknown.add(in + c));
    if (sheet.getLastRowNum() > MAX_ROWS) {
      throw new ImportRejectedException(prefix + ".import-too-large", sheet.getSheetName(), MAX_ROWS);
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < found.size(); c++) {
        values.put(found.get(c), text(row.getCell(c)));
      }
      if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
        lines.add(new Line(sheet.getSheetName(), r + 1, values));
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

  /** A workbook of the sheets of {@code layout}, each with its header row and the given rows of text. */
  public static byte[] write(Map<String, List<String>> layout, Map<String, List<List<String>>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      layout.forEach((name, columns) -> {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
          header.createCell(c).setCellValue(columns.get(c));
          sheet.setColumnWidth(c, 16 * 256);
        }
        int r = 1;
        for (List<String> values : rows.getOrDefault(name, List.of())) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
          }
        }
      });
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write workbook", e);
    }
  }
}
