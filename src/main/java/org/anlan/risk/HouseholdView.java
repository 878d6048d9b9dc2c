package org.anlan.risk;

import java.util.List;

/** A household (住户) of a danger zone with its vulnerable people. */
public record HouseholdView(long id, long zoneId, String headName, int members, String phone, String address,
    String note, List<VulnerablePersonView> vulnerable) {}
