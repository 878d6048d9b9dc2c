package org.anlan.risk;

/**
 * The colour that counts for an enterprise: 红 when it has a grade 一级 or 二级 major hazard source and
 * the rule is on ({@code anlan.risk.major-hazard-is-red}, rules.md §7.3 "common practice" [MEMORY – CHECK]);
 * otherwise the colour of its latest assessment, or none.
 */
final class EnterpriseColour {

  private EnterpriseColour() {}

  static RiskColour of(RiskColour assessed, Integer bestHazardGrade, boolean majorHazardIsRed) {
    if (majorHazardIsRed && bestHazardGrade != null && bestHazardGrade <= 2) {
      return RiskColour.RED;
    }
    return assessed;
  }
}
