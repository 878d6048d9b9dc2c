package org.anlan.monitoring;

import java.util.List;

/** A rule as the rule list and editor show it. */
public record RuleSummary(long id, String name, String topic, String sensorKind, String industry, String areaCode,
    String stationCode, String combine, List<SaveRule.ConditionSpec> conditions, String activeFrom, String activeTo,
    boolean enabled, boolean builtIn, String note, long version) {}
