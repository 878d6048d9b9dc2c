package org.anlan.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Creates or changes a responsibility assignment (责任分工): {@code personId} answers for an area in
 * a role, with an optional deputy (AB岗).
 *
 * @param areaCode the area answered for (the target is the area itself)
 * @param roleCode a {@link ResponsibilityRole} code
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
    Long version) {}
