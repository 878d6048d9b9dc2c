package org.anlan.resources;

import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;

/** The checks every placed resource shares: area in the caller's scope, point in the district, person known. */
@Component
class Siting {

  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;

  Siting(Jurisdiction jurisdiction, AreaCatalogue areas, DirectoryDesk directory) {
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.directory = directory;
  }

  /** The area, which the caller must be allowed to change (403 otherwise). */
  Area changeable(String areaCode) {
    return jurisdiction.requireChangeable(AreaCode.of(areaCode.trim()));
  }

  void requireInside(double lon, double lat) {
    GeoPoint point = new GeoPoint(lon, lat);
    areas.boundary(areas.root().code()).filter(outline -> !outline.shape().contains(point)).ifPresent(outline -> {
      throw new RuleViolatedException("resources.location-outside", point.lon(), point.lat());
    });
  }

  void requirePerson(Long personId, String code) {
    if (personId != null && directory.findPerson(personId).isEmpty()) {
      throw new RuleViolatedException(code, personId);
    }
  }

  List<String> codesWithin(AreaCode within) {
    return areas.subtree(within).stream().map(a -> a.code().value()).toList();
  }
}
