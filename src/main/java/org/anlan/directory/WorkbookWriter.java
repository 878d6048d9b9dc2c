package org.anlan.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the directory workbook: the 人员 and/or 责任 sheets with {@code 中文 (english)} headers, all
 * cells as text (so Excel keeps mobile numbers and codes as typed), and a 说明 sheet with the role
 * codes. The same layout is read back by {@link WorkbookReader}.
 */
final class WorkbookWriter {

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;

  WorkbookWriter() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
  }

  /** Adds a sheet with one row per item; {@code cells} gives an item's values in column order. */
  <T> WorkbookWriter sheet(SheetLayout layout, List<T> items, Function<T, List<String>> cells) {
    Sheet sheet = workbook.createSheet(layout.name());
    Row head = sheet.createRow(0);
    for (int c = 0; c < layout.columns().size(); c++) {
      var cell = head.createCell(c);
      cell.setCellValue(layout.columns().get(c).header() + (layout.columns().get(c).required() ? " *" : ""));
      cell.setCellStyle(header);
      sheet.setDefaultColumnStyle(c, text);
      sheet.setColumnWidth(c, 18 * 256);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    for (T item : items) {
      Row row = sheet.createRow(r++);
      List<String> values = cells.apply(item);
      for (int c = 0; c < values.size(); c++) {
        var cell = row.createCell(c);
        cell.setCellStyle(text);
        cell.setCellValue(values.get(c) == null ? "" : values.get(c));
      }
    }
    return this;
  }

  /** Adds the 说明 (notes) sheet listing the role codes and the value of 在岗. */
  WorkbookWriter notes() {
    Sheet sheet = workbook.createSheet("说明");
    String[][] lines = {
        {"角色代码 (role code)", "角色 (role)", "Role"},
    };
    int r = 0;
    for (String[] line : lines) {
      write(sheet.createRow(r++), line);
    }
    for (ResponsibilityRole role : ResponsibilityRole.of(TargetType.AREA)) {
      write(sheet.createRow(r++), new String[] {role.name(), role.zh(), role.en()});
    }
    r++;
    write(sheet.createRow(r++), new String[] {"在岗 (available)", "是/否 (yes/no)，空白为“是” (blank = yes)"});
    write(sheet.createRow(r++), new String[] {"日期 (dates)", "yyyy-MM-dd"});
    write(sheet.createRow(r), new String[] {"带 * 的列必填 (columns with * are required)"});
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 30 * 256);
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

  private static void write(Row row, String[] values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }
}
