package org.anlan.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or changes a monitoring rule, as the rule editor sends it.
 *
 * @param topic rules compete within a topic: the most specific one applies to a sensor (e.g. {@code rainfall})
 * @param sensorKind the sensor kind the rule is for ({@code rain}, {@code level} …)
 * @param industry, areaCode, stationCode optional narrowing; more narrowing wins over less
 * @param combine {@code ALL} (AND) or {@code ANY} (OR) of the conditions
 * @param activeFrom {@code MM-dd}, with {@code activeTo}: the season the rule runs (e.g. 汛期 05-01 … 09-30)
 */
public record SaveRule(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9_-]+") String topic,
    @NotBlank @Size(max = 20) String sensorKind,
    @Size(max = 40) String industry,
    @Size(max = 12) String areaCode,
    @Size(max = 40) String stationCode,
    String combine,
    @NotEmpty @Size(max = 8) List<@Valid @NotNull ConditionSpec> conditions,
    @Pattern(regexp = "\\d{2}-\\d{2}") String activeFrom,
    @Pattern(regexp = "\\d{2}-\\d{2}") String activeTo,
    boolean enabled,
    @Size(max = 500) String note,
    Long version) {

  /**
   * One condition: {@code aggregate} (VALUE, SUM, AVG, MAX, MIN, RATE, SILENCE) over {@code windowMinutes},
   * compared ({@code AT_LEAST} or {@code AT_MOST}) with a threshold per level.
   *
   * @param holdMinutes persistence in time (0: none); holdReadings: in readings in a row (0: none)
   * @param perInterval SILENCE only: thresholds count expected intervals, not minutes
   */
  public record ConditionSpec(@NotBlank String aggregate, @Min(0) @Max(4320) Integer windowMinutes, String comparison,
      @NotEmpty @Size(max = 4) List<@Valid @NotNull StepSpec> steps, @Min(0) Double hysteresis, @Min(0) @Max(4320) Integer holdMinutes,
      @Min(0) @Max(100) Integer holdReadings, boolean perInterval) {}

  /** One level of a condition; {@code windowMinutes} overrides the condition's window for this level. */
  public record StepSpec(@NotNull AlarmLevel level, @NotNull Double threshold, @Min(0) @Max(4320) Integer windowMinutes) {}
}
