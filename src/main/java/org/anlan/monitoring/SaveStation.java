package org.anlan.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or changes a monitoring station.
 *
 * @param code the station code the device reports under (MQTT topic level, HTTP {@code station})
 * @param industry a risk industry code when the station watches an enterprise ("一行业一措施"), else null
 * @param riskType with {@code riskId}, the risk object watched (e.g. {@code danger-zone}, 12), optional
 * @param intervalSeconds how often the station is expected to report (silence is measured in these)
 * @param sensors null or empty: the kind's default sensors
 */
public record SaveStation(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
    @NotBlank @Size(max = 100) String name,
    @NotNull StationKind kind,
    @NotNull @Min(-180) @Max(180) Double lon,
    @NotNull @Min(-90) @Max(90) Double lat,
    @NotBlank @Size(max = 12) String areaCode,
    @Size(max = 100) String ownerDepartment,
    @Size(max = 40) String industry,
    @Size(max = 40) String riskType,
    @Size(max = 40) String riskId,
    @NotNull @Min(10) @Max(86_400) Integer intervalSeconds,
    StationStatus status,
    @Valid @Size(max = 20) List<SensorSpec> sensors,
    @Size(max = 500) String note,
    Long version) {}
