package org.anlan.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * CAP identifiers after GB/T 35965.1 附录A: {@code ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N} (31 characters) — the
 * 14-digit sender code, the send time in Beijing time, and N = the warning id modulo 10, so two warnings
 * sent in the same second differ unless their ids end in the same digit. The sent time of a warning's
 * messages strictly increases (a re-issue within the same second moves on a second), so its identifiers differ.
 */
@Component
class CapIdentifiers {

  private final WarningProperties properties;
  private final Clock clock;

  CapIdentifiers(WarningProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  Warning.CapStamp next(Warning w) {
    Instant sent = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    if (w.capSent != null && !sent.isAfter(w.capSent)) {
      sent = w.capSent.plusSeconds(1);
    }
    String identifier = properties.senderCode() + "_" + CapTime.basic(sent) + "_" + (w.id % 10);
    return new Warning.CapStamp(properties.senderCode(), identifier, sent);
  }
}
