/**
 * 应急资源: shelters (避难场所, 临时避灾点) with their capacity and occupancy, the check that every
 * village has a temporary shelter, and "nearest available" — the k nearest resources with free
 * capacity around a point, from an in-memory JTS index kept current on every change. Rescue teams,
 * warehouses and stock plug into the same index in the next part. Publishes and hears no events yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
package org.anlan.resources;
