package org.anlan.risk;

import java.util.List;
import org.anlan.directory.Responsible;

/**
 * One danger zone with its households and vulnerable people, and who answers for its area
 * (网格员 and 村社书记 from the directory; per-zone 六落实 assignments are a follow-up).
 */
public record DangerZoneDetail(DangerZoneSummary zone, List<HouseholdView> households, List<Responsible> responsible) {}
