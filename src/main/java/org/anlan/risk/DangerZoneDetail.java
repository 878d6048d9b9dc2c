package org.anlan.risk;

import java.util.List;

/**
 * One danger zone with its households and vulnerable people, and who answers for it: the zone's own
 * 六落实 people first, then (marked {@code fallback}) the 网格员 and 村社书记 of its area.
 */
public record DangerZoneDetail(DangerZoneSummary zone, List<HouseholdView> households, List<ZoneResponsible> responsible) {}
