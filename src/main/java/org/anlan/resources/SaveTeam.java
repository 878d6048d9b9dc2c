package org.anlan.resources;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or changes a rescue team (救援队伍) with its members and equipment (both replaced as a whole).
 *
 * @param areaCode the district, town or village it belongs to
 * @param lon base location (驻地), WGS-84, inside the district
 * @param leaderPersonId the leader (队长), a person of the directory, or null
 * @param statusReason why it is deployed or unavailable; required unless STANDBY
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveTeam(
    @NotBlank @Size(max = 100) String name,
    @NotNull TeamType type,
    @NotBlank @Size(max = 12) String areaCode,
    @NotNull Double lon,
    @NotNull Double lat,
    Long leaderPersonId,
    @Size(max = 20) @Pattern(regexp = "[0-9+\\- ]*", message = "{resources.phone.invalid}") String dutyPhone,
    @Size(max = 500) List<@Valid @NotNull TeamMember> members,
    @Size(max = 200) List<@Valid @NotNull Equipment> equipment,
    @NotNull TeamStatus status,
    @Size(max = 200) String statusReason,
    @Size(max = 500) String note,
    Long version) {}
