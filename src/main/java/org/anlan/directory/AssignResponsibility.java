package org.anlan.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Assigns {@code personId} to an {@link AssignmentTarget} in a role of that target's type (e.g. the
 * 六落实 roles of a danger zone), with an optional deputy (AB岗) and validity.
 *
 * @param roleCode a {@link ResponsibilityRole} code whose {@link ResponsibilityRole#target()} is the target's type
 * @param version the version read, when changing an assignment (optimistic locking); null to create
 */
public record AssignResponsibility(
    @NotNull Long personId,
    @NotBlank @Size(max = 40) String roleCode,
    Long deputyPersonId,
    LocalDate validFrom,
    LocalDate validTo,
    @Size(max = 500) String note,
    Long version) {}
