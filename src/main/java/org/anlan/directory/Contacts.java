package org.anlan.directory;

import java.util.regex.Pattern;

/** The formats of contact channels (联系方式) the directory accepts. */
final class Contacts {

  /** A mainland China mobile number. */
  static final String MOBILE = "1[3-9]\\d{9}";
  /** A plain e-mail address: something@domain.tld, no spaces. */
  static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

  private static final Pattern MOBILE_PATTERN = Pattern.compile(MOBILE);
  private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);

  private Contacts() {}

  static boolean isMobile(String value) {
    return value != null && MOBILE_PATTERN.matcher(value).matches();
  }

  static boolean isEmail(String value) {
    return value != null && value.length() <= 254 && EMAIL_PATTERN.matcher(value).matches();
  }
}
