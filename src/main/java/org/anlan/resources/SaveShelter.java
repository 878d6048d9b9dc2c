package org.anlan.resources;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Creates or changes a shelter (避难场所).
 *
 * @param capacity how many people it can take (容纳人数)
 * @param occupancy how many people are sheltered there now (已安置人数), at most {@code capacity}
 * @param areaCode the town or village it belongs to
 * @param lon longitude (WGS-84); with {@code lat} it must lie inside the district
 * @param managerPersonId the manager (管理责任人), a person of the directory, or null
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveShelter(
    @NotBlank @Size(max = 100) String name,
    @NotNull ShelterType type,
    @NotNull @Min(1) @Max(1_000_000) Integer capacity,
    @Min(0) @Max(1_000_000) Integer occupancy,
    @NotBlank @Size(max = 12) String areaCode,
    @NotNull Double lon,
    @NotNull Double lat,
    @Size(max = 200) String address,
    Long managerPersonId,
    @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{resources.phone.invalid}") String managerPhone,
    @Size(max = 12) Set<Facility> facilities,
    @NotNull ShelterStatus status,
    @Size(max = 500) String note,
    Long version) {}
