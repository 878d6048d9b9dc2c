package org.anlan.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** 重大危险源: a unit of an enterprise holding dangerous chemicals at or above the critical quantity (S ≥ 1). */
@Table("risk_hazard_source")
class HazardSource {

  private static final String[][] GRADES = {{"一级", "Grade I"}, {"二级", "Grade II"}, {"三级", "Grade III"},
      {"四级", "Grade IV"}};

  @Id Long id;
  @Version Long version;
  long enterpriseId;
  String name;
  String unit;
  int exposedPopulation;
  double s;
  double r;
  int grade;
  String formulaVersion;
  Instant gradedAt;
  @MappedCollection(idColumn = "hazard_source", keyColumn = "hazard_source_key")
  List<HazardSubstance> substances = new ArrayList<>();

  /** Takes the command and its grading (identified, so R and grade are set). */
  void apply(SaveHazardSource c, HazardSourceGrading grading, Instant now) {
    name = c.name().trim();
    unit = Text.orNull(c.unit());
    exposedPopulation = c.exposedPopulation();
    substances = new ArrayList<>(c.substances().stream().map(HazardSubstance::of).toList());
    s = grading.s();
    r = grading.r();
    grade = Integer.parseInt(grading.grade().code());
    formulaVersion = grading.formulaVersion();
    gradedAt = now;
    if (c.version() != null) {
      version = c.version();
    }
  }

  static Label gradeLabel(int grade) {
    return new Label(String.valueOf(grade), GRADES[grade - 1][0], GRADES[grade - 1][1]);
  }

  /** The colour usually shown for a grade: 一级 红, 二级 橙, 三级 黄, 四级 蓝. */
  static RiskColour colourOf(int grade) {
    return RiskColour.values()[grade - 1];
  }

  HazardSourceSummary summary(String areaCode) {
    return new HazardSourceSummary(id, enterpriseId, areaCode, name, unit,
        substances.stream().map(HazardSubstance::command).toList(), exposedPopulation, s, r, gradeLabel(grade),
        formulaVersion, gradedAt, version == null ? 0 : version);
  }

  /** One substance of the source; hazard classes are stored comma-separated. */
  @Table("risk_hazard_substance")
  record HazardSubstance(String name, String cas, double quantityTonnes, String hazardClasses) {

    static HazardSubstance of(SaveHazardSource.Substance s) {
      return new HazardSubstance(s.name().trim(), Text.orNull(s.cas()), s.quantityTonnes(),
          s.hazardClasses() == null ? "" : String.join(",", s.hazardClasses().stream().map(String::trim).toList()));
    }

    SaveHazardSource.Substance command() {
      return new SaveHazardSource.Substance(name, cas, quantityTonnes,
          hazardClasses == null || hazardClasses.isBlank() ? List.of() : Arrays.asList(hazardClasses.split(",")));
    }

    GradeHazardSource.Substance grading() {
      return new GradeHazardSource.Substance(name, cas, quantityTonnes, command().hazardClasses());
    }
  }
}
