/**
 * 应急资源: shelters (避难场所, 临时避灾点) with their capacity and occupancy, the check that every
 * village has a temporary shelter, and "nearest available" — the k nearest resources with free
 * capacity around a point, from an in-memory JTS index kept current on every change — also for rescue
 * teams on standby (with members, skills, equipment) and warehouses holding an item (stock ledger with
 * minimum levels), and experts. Asks risk for a danger zone's place (nearest shelters to a zone).
 * Publishes {@link org.anlan.resources.StockChanged} on every ledger entry; hears no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources")
package org.anlan.resources;
