/**
 * Administrative divisions 区 → 街道/镇 → 村/社区 with their 12-digit statistical codes, centre
 * points and boundaries, and the question every other module asks: "is area X within area Y?".
 * {@link org.anlan.area.AreaCatalogue} answers questions about the tree; {@link
 * org.anlan.area.Jurisdiction} checks an area against the current user's scope. Seeded at first start
 * from the real data of 潼南区. Publishes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Area")
package org.anlan.area;
