package org.anlan.risk;

/** Blank-to-null for optional text fields, so the database holds no empty strings. */
final class Text {

  private Text() {}

  static String orNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
