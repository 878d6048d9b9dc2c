package org.anlan.risk;

/**
 * A danger zone as lists and other modules see it; {@code households}, {@code people} and
 * {@code vulnerable} are counted from its households, {@code threatLevel} derived from people and property.
 *
 * @param lon longitude of the centroid; lat its latitude
 */
public record DangerZoneSummary(long id, String code, String name, ZoneKind kind, String geometryWkt, double lon,
    double lat, String areaCode, double propertyWan, ZoneStatus status, String note, int households, int people,
    int vulnerable, int unpaired, ThreatLevel threatLevel, long version) {}
