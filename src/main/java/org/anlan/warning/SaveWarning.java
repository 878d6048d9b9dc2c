package org.anlan.warning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Create or edit a draft, or change an issued warning (which re-issues it as an update).
 *
 * @param level may be null while drafting; needed to submit
 * @param areaCodes 12-digit area codes the warning targets; at least these or a polygon
 * @param polygon a drawn area as [lon, lat] pairs (GeoJSON order); closed here if open
 * @param titleEn optional English title; with it the CAP message gets an en-US info block
 * @param version the version read, for optimistic locking (optional)
 */
public record SaveWarning(
    @NotNull WarningType type,
    WarningLevel level,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String text,
    @Size(max = 2000) String instructions,
    Set<Measure> measures,
    @Size(max = 100) List<String> areaCodes,
    @Size(max = 500) List<List<Double>> polygon,
    Instant effective,
    Instant expires,
    @Size(max = 200) String titleEn,
    @Size(max = 4000) String textEn,
    @Size(max = 2000) String instructionsEn,
    Long version) {

  public SaveWarning {
    measures = measures == null ? Set.of() : Set.copyOf(measures);
    areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
    polygon = polygon == null ? List.of() : List.copyOf(polygon);
  }
}
