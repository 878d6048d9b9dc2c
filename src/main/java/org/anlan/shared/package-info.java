/**
 * Value types shared by every module, without Spring: geometry ({@link org.anlan.shared.GeoPoint},
 * {@link org.anlan.shared.GeoShape}), the 12-digit statistical area code ({@link
 * org.anlan.shared.AreaCode}) and the three domain exception families that the platform turns into
 * problem details (not found → 404, conflict → 409, rule violated → 422).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.anlan.shared;
