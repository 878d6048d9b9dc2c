package org.anlan.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A vulnerable person (重点人员) of a household.
 *
 * @param helperPersonId the one-to-one helper (一对一帮扶人), a directory person, or null while unpaired
 */
public record SaveVulnerablePerson(
    @NotBlank @Size(max = 50) String name,
    @NotNull VulnerableKind kind,
    Long helperPersonId,
    @Size(max = 500) String note) {}
