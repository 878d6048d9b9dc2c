package org.anlan.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The synthetic major hazard sources of the demo, chosen so that 一级…四级 all occur. Substances and
 * CAS numbers are rows of the shipped 表1; quantities and populations are invented.
 */
final class DemoSources {

  record Source(Industry industry, String name, int people, List<SaveHazardSource.Substance> substances) {}

  private static SaveHazardSource.Substance s(String name, String cas, double tonnes, String... classes) {
    return new SaveHazardSource.Substance(name, cas, tonnes, List.of(classes));
  }

  static final List<Source> SOURCES = List.of(
      new Source(Industry.HAZARDOUS_CHEMICALS, "液氯储罐区", 120, List.of(s("氯", "7782-50-5", 100))),           // R 160 一级
      new Source(Industry.HAZARDOUS_CHEMICALS, "液氨储罐区", 60, List.of(s("氨", "7664-41-7", 200))),            // R 60 二级
      new Source(Industry.OIL_GAS, "液化石油气储配站", 40, List.of(s("液化石油气", "74-98-6", 300, "W2"))),       // R 10.8 三级
      new Source(Industry.OIL_GAS, "汽油油库", 10, List.of(s("汽油", "86290-81-5", 400, "W5.1"))),               // R 3 四级
      new Source(Industry.HAZARDOUS_CHEMICALS, "甲醇罐区", 100, List.of(s("甲醇", "67-56-1", 1500, "W5.1"))),    // R 9 四级
      new Source(Industry.OIL_GAS, "天然气门站", 200, List.of(s("甲烷,天然气", "74-82-8", 200, "W2"))),          // R 12 三级
      new Source(Industry.HAZARDOUS_CHEMICALS, "氯碱车间", 80,
          List.of(s("氯", "7782-50-5", 30), s("氨", "7664-41-7", 20))),                                          // R 42 三级
      new Source(Industry.HAZARDOUS_CHEMICALS, "苯储罐区", 150, List.of(s("苯", "71-43-2", 600, "W5.1"))));      // R 36 三级

  private DemoSources() {}

  /** Grades and inserts the source of enterprise {@code enterpriseId}; returns its grade. */
  static int insert(JdbcClient jdbc, RiskAssessment assessment, long enterpriseId, Source source) {
    HazardSourceGrading g = assessment.grade(new GradeHazardSource(
        source.substances().stream().map(x -> HazardSource.HazardSubstance.of(x).grading()).toList(),
        (double) source.people()));
    int grade = Integer.parseInt(g.grade().code());
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into risk_hazard_source (enterprise_id, name, unit, exposed_population, s, r, grade, formula_version, graded_at)
        values (:e, :name, :unit, :people, :s, :r, :grade, :formula, :at)""")
        .param("e", enterpriseId).param("name", source.name() + "（演示）").param("unit", source.name())
        .param("people", source.people()).param("s", g.s()).param("r", g.r()).param("grade", grade)
        .param("formula", g.formulaVersion()).param("at", Timestamp.from(Instant.now())).update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    int key = 0;
    for (SaveHazardSource.Substance x : source.substances()) {
      jdbc.sql("""
          insert into risk_hazard_substance (hazard_source, hazard_source_key, name, cas, quantity_tonnes, hazard_classes)
          values (:id, :key, :name, :cas, :q, :classes)""")
          .param("id", id).param("key", key++).param("name", x.name()).param("cas", x.cas())
          .param("q", x.quantityTonnes()).param("classes", String.join(",", x.hazardClasses())).update();
    }
    return grade;
  }
}
