package org.anlan.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes an enterprise (企业).
 *
 * @param creditCode 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; unique
 * @param areaCode the town or village it lies in
 * @param lon longitude (WGS-84); with {@code lat} it must lie inside the district
 * @param responsiblePersonId 安全负责人, a person of the directory, or null
 * @param legalRepresentative 法定代表人 (name only)
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveEnterprise(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 18) String creditCode,
    @NotNull Industry industry,
    @Size(max = 200) String address,
    @NotNull Double lon,
    @NotNull Double lat,
    @NotBlank @Size(max = 12) String areaCode,
    Long responsiblePersonId,
    @Size(max = 50) String legalRepresentative,
    @Min(0) @Max(1_000_000) Integer employees,
    @NotNull EnterpriseStatus status,
    Long version) {}
