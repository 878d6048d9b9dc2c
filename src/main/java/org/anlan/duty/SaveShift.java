package org.anlan.duty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Creates or changes a shift.
 *
 * @param areaCode the roster: the district or a town
 * @param personId a person of the directory who belongs within the area
 * @param endsAt exclusive; after {@code startsAt}, at most 48 hours later
 * @param version the version read, when changing
 */
public record SaveShift(
    @NotBlank @Size(max = 12) String areaCode,
    @NotNull DutyPost post,
    @NotNull Long personId,
    @NotNull Instant startsAt,
    @NotNull Instant endsAt,
    @Size(max = 500) String note,
    Long version) {}
