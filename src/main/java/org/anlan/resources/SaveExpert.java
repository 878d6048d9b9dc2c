package org.anlan.resources;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or changes an expert (专家).
 *
 * @param field the field (专业领域), e.g. 地质灾害, 危化品, 防汛, 医疗
 * @param areaCode the area whose expert pool they belong to (usually the district)
 */
public record SaveExpert(
    @NotBlank @Size(max = 50) String name,
    @NotBlank @Size(max = 50) String field,
    @Size(max = 100) String organisation,
    @Size(max = 50) String title,
    @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{resources.phone.invalid}") String phone,
    @NotBlank @Size(max = 12) String areaCode,
    @Size(max = 500) String note,
    Long version) {}
