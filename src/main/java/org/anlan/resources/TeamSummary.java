package org.anlan.resources;

import java.util.List;

/** A rescue team as read. */
public record TeamSummary(long id, String name, TeamType type, String areaCode, double lon, double lat,
    Long leaderPersonId, String dutyPhone, List<TeamMember> members, List<Equipment> equipment, TeamStatus status,
    String statusReason, String note, long version) {}
