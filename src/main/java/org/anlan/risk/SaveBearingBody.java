package org.anlan.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a hazard-bearing body (承灾体); name and area together are unique.
 *
 * @param people capacity or number of people (容纳/人数)
 * @param responsiblePersonId 责任人, a person of the directory, or null
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveBearingBody(
    @NotBlank @Size(max = 100) String name,
    @NotNull BodyKind kind,
    @NotNull Double lon,
    @NotNull Double lat,
    @NotBlank @Size(max = 12) String areaCode,
    @Min(0) @Max(10_000_000) Integer people,
    Long responsiblePersonId,
    @Size(max = 500) String note,
    Long version) {}
