package org.anlan.risk;

/** Mainland phone numbers: a mobile {@code 1[3-9]} + 9 digits, or a landline with area code {@code 0xx(x)-xxxxxxx(x)}. */
final class Phones {

  static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

  private Phones() {}

  static boolean valid(String phone) {
    return phone != null && phone.matches(PATTERN);
  }
}
