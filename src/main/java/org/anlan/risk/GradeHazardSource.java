package org.anlan.risk;

import java.util.List;

/**
 * 重大危险源辨识与分级: the substances of one unit (q = 设计最大量 in tonnes) and the people outside the
 * plant, within 500 m, who may be exposed. A substance is found in 表1 by its CAS number (or by its
 * name when no CAS is given); otherwise its hazard classes (表2 symbols such as {@code W5.1}) decide.
 * The population is a number so that {@code 2.5} is refused rather than cut to 2 by the JSON reader.
 */
public record GradeHazardSource(List<Substance> substances, Double exposedPopulation) {

  /** One dangerous chemical and its quantity; {@code hazardClasses} is optional for 表1 toxic gases. */
  public record Substance(String name, String cas, Double quantityTonnes, List<String> hazardClasses) {

    public Substance {
      hazardClasses = hazardClasses == null ? List.of() : List.copyOf(hazardClasses);
    }
  }
}
