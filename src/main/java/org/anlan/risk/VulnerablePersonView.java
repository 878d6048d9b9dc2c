package org.anlan.risk;

/**
 * A vulnerable person (重点人员) with their one-to-one helper (一对一帮扶人); helper fields are null while unpaired.
 */
public record VulnerablePersonView(long id, long householdId, long zoneId, String zoneName, String areaCode,
    String name, VulnerableKind kind, Long helperPersonId, String helperName, String helperMobile, String note) {}
