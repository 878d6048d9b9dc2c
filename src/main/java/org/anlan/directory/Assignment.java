package org.anlan.directory;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 责任分工: a person answers for a target in a role, with an optional deputy (AB岗). The target is an
 * area ({@code targetType} AREA, {@code targetId} its code) or a danger zone (DANGER_ZONE, the zone's
 * id); {@code areaCode} is where the target lies, for scoping and for the area fallback.
 */
@Table("directory_assignment")
class Assignment {

  static final String AREA = TargetType.AREA.name();

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

  void apply(AssignmentTarget target, AssignResponsibility c, ResponsibilityRole role) {
    personId = c.personId();
    deputyPersonId = c.deputyPersonId();
    roleCode = role.name();
    targetType = target.type().name();
    targetId = target.id();
    areaCode = target.areaCode().value();
    validFrom = c.validFrom();
    validTo = c.validTo();
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  boolean isFor(AssignmentTarget target) {
    return target.type().name().equals(targetType) && target.id().equals(targetId);
  }
}
