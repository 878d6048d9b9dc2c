package org.anlan.resources;

/**
 * One answer of "nearest available".
 *
 * @param distanceMetres straight-line (great-circle) distance from the point asked about, in metres
 * @param free places left (shelters)
 * @param status the resource's status, e.g. {@code OPEN}
 */
public record Nearby(ResourceKind kind, long id, String name, String areaCode, double lon, double lat,
    long distanceMetres, int free, String status) {}
