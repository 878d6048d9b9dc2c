package org.anlan.monitoring;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A monitoring rule as stored; its conditions are JSON ({@link RuleCodec}). */
@Table("monitoring_rule")
class Rule {

  @Id Long id;
  @Version Long version;
  String name;
  String topic;
  String sensorKind;
  String industry;
  String areaCode;
  String stationCode;
  String combine;
  String conditions;
  String activeFrom;
  String activeTo;
  boolean enabled;
  boolean builtIn;
  String note;
}
