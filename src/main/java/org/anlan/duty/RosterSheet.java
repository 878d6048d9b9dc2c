package org.anlan.duty;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.anlan.platform.Sheets;

/**
 * The roster workbook of one area and one month: one sheet 值班表 with a header row of Chinese column names, read
 * and written by the platform's {@link Sheets} (refusals with the codes {@code duty.import-…}). Times are local
 * times of the bureau's zone, written {@code yyyy-MM-dd HH:mm}; a date cell typed in Excel is read too.
 */
final class RosterSheet {

  static final String SHEET = "值班表";
  static final List<String> COLUMNS = List.of("区域代码", "岗位", "人员编号", "姓名", "手机号", "开始时间", "结束时间", "备注");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final List<DateTimeFormatter> READ = List.of(TIME, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm"),
      DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"));
  private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

  private RosterSheet() {}

  /** The non-empty rows of the sheet 值班表. */
  static List<Sheets.Line> read(InputStream in) {
    return Sheets.read(in, Map.of(SHEET, COLUMNS), "duty").get(SHEET);
  }

  /** The sheet 值班表 with its header row and the given rows (cells in {@link #COLUMNS} order; null is empty). */
  static byte[] write(List<List<String>> rows) {
    return Sheets.write(Map.of(SHEET, COLUMNS), Map.of(SHEET, rows));
  }

  /** A typed local time, or an Excel date cell (days since 1899-12-30, read as a number), to the minute; null if neither. */
  static LocalDateTime time(String text) {
    for (DateTimeFormatter format : READ) {
      try {
        return LocalDateTime.parse(text, format);
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    try {
      BigDecimal days = new BigDecimal(text);
      if (days.signum() > 0 && days.compareTo(BigDecimal.valueOf(2_958_465)) < 0) {
        long minutes = days.multiply(BigDecimal.valueOf(24 * 60)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return EXCEL_EPOCH.plusMinutes(minutes);
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // not a number either
    }
    return null;
  }
}
