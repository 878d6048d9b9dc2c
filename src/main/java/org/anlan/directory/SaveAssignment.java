package org.anlan.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.anlan.shared.AreaCode;

/**
 * Creates or changes an area's responsibility assignment (责任分工): {@code personId} answers for an
 * area in a role, with an optional deputy (AB岗). Other targets (danger zones) go through
 * {@link DirectoryDesk#assign} with an {@link AssignResponsibility}.
 *
 * @param areaCode the area answered for (the target is the area itself)
 * @param roleCode an area {@link ResponsibilityRole} code
 * @param validFrom first day, optional; validTo last day, optional (after it the deputy answers)
 */
public record SaveAssignment(
    @NotNull Long personId,
    @NotBlank @Size(max = 12) String areaCode,
    @NotBlank @Size(max = 40) String roleCode,
    Long deputyPersonId,
    LocalDate validFrom,
    LocalDate validTo,
    @Size(max = 500) String note,
    Long version) {

  /** The area as a target. */
  AssignmentTarget target() {
    return AssignmentTarget.area(AreaCode.of(areaCode.trim()));
  }

  /** The person, role, deputy and validity, without the area. */
  AssignResponsibility responsibility() {
    return new AssignResponsibility(personId, roleCode, deputyPersonId, validFrom, validTo, note, version);
  }
}
