package org.anlan.resources;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a warehouse (物资仓库). Stock is not part of it: it changes through the ledger.
 *
 * @param level must match the level of {@code areaCode} (a district warehouse belongs to the district)
 * @param managerPersonId the keeper (管理员), a person of the directory, or null
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveWarehouse(
    @NotBlank @Size(max = 100) String name,
    @NotNull WarehouseLevel level,
    @NotBlank @Size(max = 12) String areaCode,
    @NotNull Double lon,
    @NotNull Double lat,
    @Size(max = 200) String address,
    Long managerPersonId,
    @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{resources.phone.invalid}") String managerPhone,
    @Size(max = 500) String note,
    Long version) {}
