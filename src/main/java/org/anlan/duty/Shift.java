package org.anlan.duty;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 班次: one person on one post of one area's roster from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
@Table("duty_shift")
class Shift {

  @Id Long id;
  @Version Long version;
  String areaCode;
  DutyPost post;
  long personId;
  Instant startsAt;
  Instant endsAt;
  String note;

  void apply(SaveShift c) {
    areaCode = c.areaCode().trim();
    post = c.post();
    personId = c.personId();
    startsAt = c.startsAt();
    endsAt = c.endsAt();
    note = c.note() == null || c.note().isBlank() ? null : c.note().trim();
    if (c.version() != null) {
      version = c.version();
    }
  }

  boolean covers(Instant at) {
    return !at.isBefore(startsAt) && at.isBefore(endsAt);
  }
}
