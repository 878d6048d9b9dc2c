package org.anlan.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two sheets of the directory workbook, 人员 (people) and 责任 (assignments), and their columns.
 * A header reads {@code 中文 (english)}; on import either half, or both, is recognised. Columns
 * marked {@code info} are written on export for readers and ignored on import.
 */
record SheetLayout(String name, String english, List<Column> columns) {

  /** One column: {@code key} in code, {@code zh}/{@code en} in the header. */
  record Column(String key, String zh, String en, boolean required, boolean info) {

    String header() {
      return zh + " (" + en + ")";
    }

    boolean matches(String header) {
      String h = header.replace("*", "").trim();
      int open = indexOfBracket(h);
      String before = open < 0 ? h : h.substring(0, open).trim();
      String inside = open < 0 ? "" : h.substring(open + 1).replace(")", "").replace("）", "").trim();
      return is(h, zh) || is(before, zh) || is(before, en) || is(inside, en) || is(h, header());
    }

    private static boolean is(String a, String b) {
      return a.replace(" ", "").toLowerCase(Locale.ROOT).equals(b.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    private static int indexOfBracket(String h) {
      int half = h.indexOf('(');
      int full = h.indexOf('（');
      return half < 0 ? full : full < 0 ? half : Math.min(half, full);
    }
  }

  static final SheetLayout PEOPLE = new SheetLayout("人员", "people", List.of(
      new Column("name", "姓名", "name", true, false),
      new Column("mobile", "手机", "mobile", true, false),
      new Column("areaCode", "区域代码", "area code", true, false),
      new Column("areaName", "区域名称", "area name", false, true),
      new Column("organisation", "单位", "organisation", false, false),
      new Column("position", "职务", "position", false, false),
      new Column("email", "电子邮箱", "e-mail", false, false),
      new Column("otherChannels", "其他联系方式", "other channels", false, false),
      new Column("available", "在岗", "available", false, false),
      new Column("note", "备注", "note", false, false)));

  static final SheetLayout ASSIGNMENTS = new SheetLayout("责任", "assignments", List.of(
      new Column("areaCode", "区域代码", "area code", true, false),
      new Column("areaName", "区域名称", "area name", false, true),
      new Column("roleCode", "角色代码", "role code", true, false),
      new Column("roleName", "角色", "role", false, true),
      new Column("personMobile", "责任人手机", "person mobile", true, false),
      new Column("personName", "责任人", "person", false, true),
      new Column("deputyMobile", "AB岗手机", "deputy mobile", false, false),
      new Column("deputyName", "AB岗", "deputy", false, true),
      new Column("validFrom", "起始日期", "valid from", false, false),
      new Column("validTo", "截止日期", "valid to", false, false),
      new Column("note", "备注", "note", false, false)));

  Optional<Column> column(String header) {
    return columns.stream().filter(c -> c.matches(header)).findFirst();
  }

  boolean named(String sheetName) {
    String n = sheetName.trim();
    return n.equals(name) || n.equalsIgnoreCase(english) || new Column("", name, english, false, false).matches(n);
  }
}
