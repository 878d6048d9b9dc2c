package org.anlan.risk;

import org.anlan.platform.ImportProgress;
import org.anlan.platform.ImportRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The households workbook (住户表): one sheet 住户, one row per household or, for a household with
 * several vulnerable people, one row per vulnerable person (the household columns repeated). The key
 * of a household is zone code + head name + phone; the helper is named by directory person id.
 */
final class HouseholdSheet {

  static final String SHEET = "住户";
  static final int MAX_ROWS = 20_000;
  static final List<String> COLUMNS = List.of("隐患点编号", "户主", "人数", "电话", "地址", "备注", "重点人员", "重点人员类别",
      "帮扶人ID", "帮扶人（导出时填写，导入时忽略）");
  static final String[] KEYS = {"zone", "head", "members", "phone", "address", "note", "vulnerable", "kind", "helper", "helperName"};

  /** One data row: its 1-based Excel row number and its values by key. */
  record Line(int number, Map<String, String> values) {
    String get(String key) {
      return values.getOrDefault(key, "");
    }
  }

  private HouseholdSheet() {}

  /** The data rows; {@code progress} is reading from the start and counts the rows as they are read. */
  static List<Line> read(InputStream in, ImportProgress progress) {
    progress.phase(ImportProgress.Phase.READING, 0);
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      Map<Integer, String> keys = new HashMap<>();
      List<String> missing = new ArrayList<>(COLUMNS.subList(0, 4));
      for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
        int index = COLUMNS.indexOf(text(header.getCell(c)));
        if (index >= 0) {
          keys.put(c, KEYS[index]);
          missing.remove(COLUMNS.get(index));
        }
      }
      if (!missing.isEmpty()) {
        throw new ImportRejectedException("risk.import-columns", List.of(), Map.of("missing", missing), String.join("、", missing));
      }
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw new ImportRejectedException("risk.import-too-large", MAX_ROWS);
      }
      progress.phase(ImportProgress.Phase.READING, sheet.getLastRowNum());
      List<Line> lines = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        progress.advance(1);
        Row row = sheet.getRow(r);
        Map<String, String> values = new HashMap<>();
        for (var e : keys.entrySet()) {
          String v = row == null ? "" : text(row.getCell(e.getKey()));
          if (!v.isEmpty()) {
            values.put(e.getValue(), v);
          }
        }
        if (!values.isEmpty()) {
          lines.add(new Line(r + 1, values));
        }
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejectedException rejected) {
        throw rejected;
      }
      throw new ImportRejectedException("risk.import-file-invalid");
    }
  }

  /** A workbook with the header and {@code rows} (values in {@link #KEYS} order); streamed, for large exports. */
  static byte[] write(List<String[]> rows) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(SHEET);
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(COLUMNS.get(c));
        sheet.setColumnWidth(c, 14 * 256);
      }
      int r = 1;
      for (String[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          if (values[c] != null) {
            row.createCell(c).setCellValue(values[c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      default -> "";
    };
  }
}
