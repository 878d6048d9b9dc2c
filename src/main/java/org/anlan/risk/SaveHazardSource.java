package org.anlan.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or changes a major hazard source (重大危险源) of an enterprise; it is graded by GB 18218-2018
 * on save and refused when S &lt; 1.
 *
 * @param unit 生产单元/储存单元 or installation
 * @param substances the dangerous chemicals and their 设计最大量 in tonnes
 * @param exposedPopulation people outside the plant within 500 m (for α)
 * @param version the version read, for optimistic locking on change; null to overwrite
 */
public record SaveHazardSource(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 100) String unit,
    @NotEmpty @Size(max = 200) List<@Valid @NotNull Substance> substances,
    @NotNull @Min(0) @Max(10_000_000) Integer exposedPopulation,
    Long version) {

  /** One substance: name, CAS (optional), quantity in tonnes and 表2 hazard classes such as {@code W5.1}. */
  public record Substance(
      @NotBlank @Size(max = 100) String name,
      @Size(max = 20) String cas,
      @NotNull Double quantityTonnes,
      @Size(max = 10) List<@NotBlank @Size(max = 6) String> hazardClasses) {}
}
