package org.anlan.risk;

/** A hazard-bearing body (承灾体) as shown. */
public record BearingBodySummary(long id, String name, BodyKind kind, double lon, double lat, String areaCode,
    Integer people, Long responsiblePersonId, String note, long version) {}
