package org.anlan.risk;

import java.time.Instant;
import java.util.List;

/** A major hazard source (重大危险源) with its GB 18218-2018 result: S, R, grade (一级…四级) and when. */
public record HazardSourceSummary(long id, long enterpriseId, String areaCode, String name, String unit,
    List<SaveHazardSource.Substance> substances, int exposedPopulation, double s, double r, Label grade,
    String formulaVersion, Instant gradedAt, long version) {}
