package org.anlan.resources;

import java.util.Set;

/**
 * A shelter (避难场所) as other modules and the API see it.
 *
 * @param free places left: capacity minus occupancy
 */
public record ShelterSummary(long id, String name, ShelterType type, int capacity, int occupancy, int free,
    String areaCode, double lon, double lat, String address, Long managerPersonId, String managerPhone,
    Set<Facility> facilities, ShelterStatus status, String note, long version) {}
