package org.anlan.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CAP times: {@code YYYY-MM-DDThh:mm:ss+08:00} (Beijing time; CAP forbids "Z"), and GB/T 35965.1's basic form. */
final class CapTime {

  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter CAP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private CapTime() {}

  static String format(Instant instant) {
    return CAP.format(instant.atOffset(BEIJING));
  }

  static String basic(Instant instant) {
    return BASIC.format(instant.atOffset(BEIJING));
  }

  static Instant parse(String text) {
    return OffsetDateTime.parse(text.trim()).toInstant();
  }
}
