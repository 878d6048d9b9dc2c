package org.anlan.risk;

import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;

/** The checks shared by enterprises and hazard-bearing bodies: area changeable, point inside, person known. */
@Component
class PlaceCheck {

  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;

  PlaceCheck(Jurisdiction jurisdiction, AreaCatalogue areas, DirectoryDesk directory) {
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.directory = directory;
  }

  /** The area must be a town or village the caller may change, the point inside the district, the person known. */
  void require(String areaCode, double lon, double lat, Long personId) {
    Area area = jurisdiction.requireChangeable(AreaCode.of(areaCode.trim()));
    if (area.level() == AreaLevel.DISTRICT) {
      throw new RuleViolatedException("risk.area-level", area.code().value());
    }
    GeoPoint point = new GeoPoint(lon, lat);
    areas.boundary(areas.root().code()).filter(outline -> !outline.shape().contains(point)).ifPresent(outline -> {
      throw new RuleViolatedException("risk.location-outside", point.lon(), point.lat());
    });
    if (personId != null && directory.findPerson(personId).isEmpty()) {
      throw new RuleViolatedException("risk.person-unknown", personId);
    }
  }

  /** The caller may change data in this (stored) area. */
  void requireChangeable(String areaCode) {
    jurisdiction.requireChangeable(AreaCode.of(areaCode));
  }
}
