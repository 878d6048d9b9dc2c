package org.anlan.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small .xlsx files for the import tests: {@code sheet("人员", header, row, row…)}. */
final class Workbooks {

  private final XSSFWorkbook workbook = new XSSFWorkbook();

  Workbooks sheet(String name, String[]... rows) {
    Sheet sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
    return this;
  }

  byte[] bytes() {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String[] row(String... cells) {
    return cells;
  }
}
