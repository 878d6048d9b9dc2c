package org.anlan.directory;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 责任分工: a person answers for a target in a role, with an optional deputy (AB岗). The target is an
 * area today ({@code targetType} AREA, {@code targetId} its code); {@code areaCode} is where the
 * target lies, so a risk object can be a target later without changing scoping or the fallback.
 */
@Table("directory_assignment")
class Assignment {

  static final String AREA = "AREA";

  @Id Long id;
  @Version Long version;
  Long personId;
  Long deputyPersonId;
  String roleCode;
  String targetType;
  String targetId;
  String areaCode;
  LocalDate validFrom;
  LocalDate validTo;
  String note;

  void apply(SaveAssignment c, ResponsibilityRole role) {
    personId = c.personId();
    deputyPersonId = c.deputyPersonId();
    roleCode = role.name();
    targetType = AREA;
    targetId = c.areaCode().trim();
    areaCode = targetId;
    validFrom = c.validFrom();
    validTo = c.validTo();
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }
}
