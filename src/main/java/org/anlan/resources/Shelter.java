package org.anlan.resources;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 避难场所: a place people can be moved to, with its capacity, occupancy and facilities (comma-separated). */
@Table("resources_shelter")
class Shelter {

  @Id Long id;
  @Version Long version;
  String name;
  ShelterType type;
  int capacity;
  int occupancy;
  String areaCode;
  double lon;
  double lat;
  String address;
  Long managerPersonId;
  String managerPhone;
  String facilities = "";
  ShelterStatus status;
  String note;

  void apply(SaveShelter c) {
    int now = c.occupancy() == null ? 0 : c.occupancy();
    if (now > c.capacity()) {
      throw new RuleViolatedException("resources.occupancy-over-capacity", now, c.capacity());
    }
    name = c.name().trim();
    type = c.type();
    capacity = c.capacity();
    occupancy = now;
    areaCode = c.areaCode().trim();
    lon = c.lon();
    lat = c.lat();
    address = Text.orNull(c.address());
    managerPersonId = c.managerPersonId();
    managerPhone = Text.orNull(c.managerPhone());
    facilities = c.facilities() == null ? ""
        : c.facilities().stream().sorted().map(Facility::name).collect(Collectors.joining(","));
    status = c.status();
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  GeoPoint point() {
    return new GeoPoint(lon, lat);
  }

  Set<Facility> facilitySet() {
    Set<Facility> set = EnumSet.noneOf(Facility.class);
    if (facilities != null && !facilities.isBlank()) {
      Arrays.stream(facilities.split(",")).map(Facility::valueOf).forEach(set::add);
    }
    return set;
  }

  ShelterSummary summary() {
    return new ShelterSummary(id, name, type, capacity, occupancy, capacity - occupancy, areaCode, lon, lat, address,
        managerPersonId, managerPhone, facilitySet(), status, note, version == null ? 0 : version);
  }

  ShelterSpot spot() {
    return new ShelterSpot(id, name, type, status, capacity - occupancy, areaCode, point());
  }
}
