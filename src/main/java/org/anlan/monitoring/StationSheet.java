package org.anlan.monitoring;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.anlan.platform.Sheets;

/**
 * The stations workbook: one sheet 监测站 with a header row of Chinese column names, read and written by the
 * platform's {@link Sheets} (refusals with the codes {@code monitoring.import-…}; at most {@link Sheets#MAX_ROWS}
 * rows).
 */
final class StationSheet {

  static final String SHEET = "监测站";
  static final List<String> COLUMNS = List.of("站码", "站名", "类型", "经度", "纬度", "行政区划代码", "权属单位", "行业", "关联对象类型",
      "关联对象编号", "报送间隔(秒)", "状态", "备注");
  static final int MAX_ROWS = Sheets.MAX_ROWS;

  private StationSheet() {}

  /** The non-empty rows of the sheet 监测站. */
  static List<Sheets.Line> read(InputStream in) {
    return Sheets.read(in, Map.of(SHEET, COLUMNS), "monitoring").get(SHEET);
  }

  /** The sheet 监测站 with its header row and the given rows (cells in {@link #COLUMNS} order; null is empty). */
  static byte[] write(List<List<String>> rows) {
    return Sheets.write(Map.of(SHEET, COLUMNS), Map.of(SHEET, rows));
  }
}
