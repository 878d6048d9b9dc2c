package org.anlan.risk;

import org.anlan.shared.GeoPoint;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 企业: an enterprise under safety supervision, with its place, people and risk colour. */
@Table("risk_enterprise")
class Enterprise {

  @Id Long id;
  @Version Long version;
  String name;
  String creditCode;
  Industry industry;
  String address;
  double lon;
  double lat;
  String areaCode;
  Long responsiblePersonId;
  String legalRepresentative;
  Integer employees;
  EnterpriseStatus status;
  RiskColour assessedColour;
  RiskColour colour;

  void apply(SaveEnterprise c) {
    name = c.name().trim();
    creditCode = c.creditCode().trim();
    industry = c.industry();
    address = Text.orNull(c.address());
    lon = c.lon();
    lat = c.lat();
    areaCode = c.areaCode().trim();
    responsiblePersonId = c.responsiblePersonId();
    legalRepresentative = Text.orNull(c.legalRepresentative());
    employees = c.employees();
    status = c.status();
    if (c.version() != null) {
      version = c.version();
    }
  }

  GeoPoint point() {
    return new GeoPoint(lon, lat);
  }

  EnterpriseSummary summary() {
    return new EnterpriseSummary(id, name, creditCode, industry, address, lon, lat, areaCode, responsiblePersonId,
        legalRepresentative, employees, status, assessedColour, colour, version == null ? 0 : version);
  }
}
