package org.anlan.directory;

import org.anlan.platform.ImportRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the 人员 and 责任 sheets of an uploaded .xlsx into rows of text keyed by column. Refuses a
 * file that is not a readable .xlsx, has neither sheet, has missing or unknown columns, or has more
 * than {@link #MAX_ROWS} rows in a sheet.
 */
final class WorkbookReader {

  static final int MAX_ROWS = 5000;

  /** One data row: its Excel row number (1-based) and its cells as trimmed text. */
  record Line(int number, Map<String, String> values) {
    String get(String key) {
      return values.getOrDefault(key, "");
    }
  }

  /** The rows of both sheets; a sheet that is absent has no rows. */
  record Parsed(List<Line> people, List<Line> assignments) {}

  private WorkbookReader() {}

  static Parsed read(InputStream in) {
    try (XSSFWorkbook workbook = open(in)) {
      Sheet people = find(workbook, SheetLayout.PEOPLE);
      Sheet assignments = find(workbook, SheetLayout.ASSIGNMENTS);
      if (people == null && assignments == null) {
        throw new ImportRejectedException("directory.import-sheets");
      }
      List<String> missing = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      Map<Integer, SheetLayout.Column> peopleColumns = columns(people, SheetLayout.PEOPLE, missing, unknown);
      Map<Integer, SheetLayout.Column> assignmentColumns = columns(assignments, SheetLayout.ASSIGNMENTS, missing, unknown);
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        throw new ImportRejectedException("directory.import-columns", List.of(), Map.of("missing", missing, "unknown", unknown),
            missing.isEmpty() ? "—" : String.join("、", missing), unknown.isEmpty() ? "—" : String.join("、", unknown));
      }
      return new Parsed(lines(people, peopleColumns), lines(assignments, assignmentColumns));
    } catch (IOException e) {
      throw new ImportRejectedException("directory.import-file-invalid");
    }
  }

  private static XSSFWorkbook open(InputStream in) {
    try {
      return new XSSFWorkbook(in);
    } catch (Exception | LinkageError e) {
      // POI reports a non-zip, an .xls, a zip bomb or a broken package in many ways: all mean "not a usable .xlsx"
      throw new ImportRejectedException("directory.import-file-invalid");
    }
  }

  private static Sheet find(XSSFWorkbook workbook, SheetLayout layout) {
    for (Sheet sheet : workbook) {
      if (layout.named(sheet.getSheetName())) {
        return sheet;
      }
    }
    return null;
  }

  private static Map<Integer, SheetLayout.Column> columns(Sheet sheet, SheetLayout layout, List<String> missing, List<String> unknown) {
    Map<Integer, SheetLayout.Column> byIndex = new HashMap<>();
    if (sheet == null) {
      return byIndex;
    }
    Row header = sheet.getRow(sheet.getFirstRowNum());
    if (header != null) {
      for (Cell cell : header) {
        String text = text(cell);
        if (text.isEmpty()) {
          continue;
        }
        layout.column(text).ifPresentOrElse(c -> byIndex.put(cell.getColumnIndex(), c), () -> unknown.add(layout.name() + ": " + text));
      }
    }
    layout.columns().stream().filter(SheetLayout.Column::required).filter(c -> !byIndex.containsValue(c))
        .forEach(c -> missing.add(layout.name() + ": " + c.header()));
    return byIndex;
  }

  private static List<Line> lines(Sheet sheet, Map<Integer, SheetLayout.Column> columns) {
    List<Line> lines = new ArrayList<>();
    if (sheet == null) {
      return lines;
    }
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      columns.forEach((index, column) -> {
        String text = text(row.getCell(index));
        if (!text.isEmpty() && !column.info()) {
          values.put(column.key(), text);
        }
      });
      if (!values.isEmpty()) {
        if (lines.size() == MAX_ROWS) {
          throw new ImportRejectedException("directory.import-too-large", MAX_ROWS);
        }
        lines.add(new Line(r + 1, values));
      }
    }
    return lines;
  }

  /** A cell as text: numbers without exponent or trailing zeros (mobile numbers!), dates as yyyy-MM-dd. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
