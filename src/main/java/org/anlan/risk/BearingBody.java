package org.anlan.risk;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 承灾体: a place where people or value are exposed to a hazard — school, hospital, reservoir, bridge, … */
@Table("risk_bearing_body")
class BearingBody {

  @Id Long id;
  @Version Long version;
  String name;
  BodyKind kind;
  double lon;
  double lat;
  String areaCode;
  Integer people;
  Long responsiblePersonId;
  String note;

  void apply(SaveBearingBody c) {
    name = c.name().trim();
    kind = c.kind();
    lon = c.lon();
    lat = c.lat();
    areaCode = c.areaCode().trim();
    people = c.people();
    responsiblePersonId = c.responsiblePersonId();
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  BearingBodySummary summary() {
    return new BearingBodySummary(id, name, kind, lon, lat, areaCode, people, responsiblePersonId, note,
        version == null ? 0 : version);
  }
}
