package org.anlan.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sensor of a station: its code (unique within the station; a rain gauge's rainfall sensor is
 * {@code rain}, mm fallen in the interval ending at the reading's time; a water-level gauge's is
 * {@code level}, m), the kind of quantity rules are written for, and the unit.
 */
public record SensorSpec(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
    @NotBlank @Size(max = 20) @Pattern(regexp = "[a-z0-9_]+") String kind, @NotBlank @Size(max = 20) String unit) {}
