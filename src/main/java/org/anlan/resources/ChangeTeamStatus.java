package org.anlan.resources;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Switches a team between standby, deployed and unavailable; a reason is required unless STANDBY. */
public record ChangeTeamStatus(@NotNull TeamStatus status, @Size(max = 200) String reason, Long version) {}
