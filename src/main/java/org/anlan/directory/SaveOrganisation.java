package org.anlan.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Creates or changes an organisation (单位).
 *
 * @param committees the committees it belongs to, e.g. 区安委会, 区减灾委
 * @param parentId the organisation above it, optional
 */
public record SaveOrganisation(
    @NotBlank @Size(max = 100) String name,
    @NotNull OrganisationKind kind,
    @NotBlank @Size(max = 12) String areaCode,
    Long parentId,
    @Size(max = 10) Set<@NotBlank @Size(max = 20) String> committees,
    @Size(max = 500) String note,
    Long version) {}
