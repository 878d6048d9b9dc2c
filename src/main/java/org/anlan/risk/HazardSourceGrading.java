package org.anlan.risk;

import java.util.List;

/**
 * The answer of GB 18218-2018 with every factor used. {@code identified} is {@code S >= 1}; {@code r}
 * and {@code grade} are given only for an identified 重大危险源 and are null otherwise.
 */
public record HazardSourceGrading(
    String formulaVersion,
    List<SubstanceFactors> substances,
    double s,
    boolean identified,
    int exposedPopulation,
    double alpha,
    String populationBand,
    Double r,
    Label grade) {

  /**
   * One substance: q, Q and where Q came from ({@code 表1} or {@code 表2 W5.1}), β and where it came
   * from ({@code 表3} or {@code 表4 W5.1}), q/Q and β·q/Q.
   */
  public record SubstanceFactors(
      String name,
      String cas,
      double quantityTonnes,
      double criticalQuantityTonnes,
      String criticalQuantitySource,
      double beta,
      String betaSource,
      double ratio,
      double weightedRatio) {}
}
