package org.anlan.shared;

import java.util.regex.Pattern;

/**
 * A 12-digit statistical area code (统计用区划代码), e.g. {@code 500152110000} for 双江镇.
 *
 * <p>Digits 1–6 name the county, 7–9 the town/street, 10–12 the village/community.
 */
public record AreaCode(String value) implements Comparable<AreaCode> {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

  public AreaCode {
    if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
      throw new RuleViolatedException("area.code-invalid", String.valueOf(value));
    }
  }

  public static AreaCode of(String value) {
    return new AreaCode(value == null ? null : value.trim());
  }

  public static boolean isValid(String value) {
    return value != null && TWELVE_DIGITS.matcher(value.trim()).matches();
  }

  @Override
  public int compareTo(AreaCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
