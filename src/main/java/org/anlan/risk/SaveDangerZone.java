package org.anlan.risk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes a danger zone (隐患点/危险区).
 *
 * @param code the register number (编号), unique
 * @param geometryWkt a POINT or POLYGON in WGS-84 lon/lat as WKT, inside the district outline
 * @param areaCode the town or village it lies in
 * @param propertyWan property threatened in 万元 (the people threatened come from the households)
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveDangerZone(
    @NotBlank @Size(max = 40) String code,
    @NotBlank @Size(max = 100) String name,
    @NotNull ZoneKind kind,
    @NotBlank @Size(max = 20000) String geometryWkt,
    @NotBlank @Size(max = 12) String areaCode,
    @DecimalMin("0") @DecimalMax("100000000") Double propertyWan,
    @NotNull ZoneStatus status,
    @Size(max = 500) String note,
    Long version) {}
