package org.anlan.monitoring;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 监测站: a place with sensors that reports readings. Its sensors are rows of their own ({@link StationSensors}). */
@Table("monitoring_station")
class Station {

  @Id Long id;
  @Version Long version;
  String code;
  String name;
  StationKind kind;
  Double lon;
  Double lat;
  String areaCode;
  String ownerDepartment;
  String industry;
  String riskType;
  String riskId;
  int intervalSeconds;
  StationStatus status;
  String tokenHash;
  String note;

  void apply(SaveStation c) {
    code = c.code().trim();
    name = c.name().trim();
    kind = c.kind();
    lon = c.lon();
    lat = c.lat();
    areaCode = c.areaCode().trim();
    ownerDepartment = blankToNull(c.ownerDepartment());
    industry = blankToNull(c.industry());
    riskType = blankToNull(c.riskType());
    riskId = blankToNull(c.riskId());
    intervalSeconds = c.intervalSeconds();
    status = c.status() == null ? StationStatus.ACTIVE : c.status();
    note = blankToNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
