package org.anlan.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.anlan.risk.GradeHazardSource.Substance;
import org.anlan.risk.Gb18218Tables.HazardClass;
import org.anlan.risk.Gb18218Tables.Named;
import org.anlan.risk.HazardSourceGrading.SubstanceFactors;
import org.anlan.shared.RuleViolatedException;

/**
 * GB 18218-2018 §4–5: S = Σ q/Q identifies, R = α·Σ β·q/Q grades. S and R are rounded to six
 * decimals before they are compared, so that thirds add up to 1.
 */
class Gb18218Grader {

  static final String FORMULA_VERSION = "GB18218-2018";
  static final int MAX_SUBSTANCES = 200;
  private static final int SCALE = 6;

  private final Gb18218Tables tables;

  Gb18218Grader(Gb18218Tables tables) {
    this.tables = tables;
  }

  HazardSourceGrading grade(GradeHazardSource command) {
    List<Substance> substances = command == null || command.substances() == null ? List.of() : command.substances();
    if (substances.isEmpty()) {
      throw new RuleViolatedException("risk.substances-empty");
    }
    if (substances.size() > MAX_SUBSTANCES) {
      throw new RuleViolatedException("risk.substances-too-many", MAX_SUBSTANCES, substances.size());
    }
    Double people = command.exposedPopulation();
    if (people == null || !(people >= 0 && people <= Integer.MAX_VALUE && people == Math.rint(people))) {
      throw new RuleViolatedException("risk.population-invalid", String.valueOf(people));
    }
    int population = people.intValue();
    List<Factors> factors = new ArrayList<>();
    for (int i = 0; i < substances.size(); i++) {
      factors.add(factorsOf(i + 1, substances.get(i)));
    }
    BigDecimal s = round(factors.stream().map(Factors::ratio).reduce(BigDecimal.ZERO, BigDecimal::add));
    boolean identified = s.compareTo(BigDecimal.ONE) >= 0;
    Gb18218Tables.AlphaRow alpha = tables.alpha(population);
    BigDecimal r = round(alpha.alpha().multiply(factors.stream().map(Factors::weighted).reduce(BigDecimal.ZERO, BigDecimal::add)));
    Label grade = null;
    if (identified) {
      Gb18218Tables.GradeRow row = tables.grade(r);
      grade = new Label(String.valueOf(row.level()), row.zh(), row.en());
    }
    return new HazardSourceGrading(FORMULA_VERSION, factors.stream().map(Factors::view).toList(), s.doubleValue(), identified,
        population, alpha.alpha().doubleValue(), alpha.band(), identified ? r.doubleValue() : null, grade);
  }

  private Factors factorsOf(int index, Substance substance) {
    if (substance == null || Gb18218Tables.blank(substance.name())) {
      throw new RuleViolatedException("risk.substance-name-missing", index);
    }
    String name = substance.name().strip();
    Double q = substance.quantityTonnes();
    if (q == null || !Double.isFinite(q) || q < 0) {
      throw new RuleViolatedException("risk.quantity-invalid", name, String.valueOf(q));
    }
    List<HazardClass> classes = classesOf(name, substance.hazardClasses());
    Named named = tables.named(substance.cas(), name).orElse(null);
    if (named == null && classes.isEmpty()) {
      throw new RuleViolatedException("risk.substance-unknown", name, Gb18218Tables.blank(substance.cas()) ? "—" : substance.cas().strip());
    }
    // Q: 表1 wins; otherwise the class with the lowest Q (ties: the higher β).
    HazardClass lowest = classes.stream()
        .min(Comparator.comparing(HazardClass::q).thenComparing(HazardClass::beta, Comparator.reverseOrder())).orElse(null);
    BigDecimal bigQ = named != null ? named.q() : lowest.q();
    String qSource = named != null ? "表1" : "表2 " + lowest.symbol();
    String cas = named != null ? named.cas() : Gb18218Tables.blank(substance.cas()) ? null : substance.cas().strip();
    var toxic = tables.toxicGas(cas, name);
    BigDecimal beta;
    String betaSource;
    if (toxic.isPresent()) {
      beta = toxic.get().beta();
      betaSource = "表3";
    } else if (classes.isEmpty()) {
      throw new RuleViolatedException("risk.hazard-class-required", name);
    } else {
      // A 表1 chemical: the highest β of its classes; otherwise the β of the class that gave Q.
      HazardClass b = named != null ? classes.stream().max(Comparator.comparing(HazardClass::beta)).orElseThrow() : lowest;
      beta = b.beta();
      betaSource = "表4 " + b.symbol();
    }
    BigDecimal quantity = BigDecimal.valueOf(q);
    BigDecimal ratio = quantity.divide(bigQ, MathContext.DECIMAL64);
    return new Factors(name, cas, quantity, bigQ, qSource, beta, betaSource, ratio, beta.multiply(ratio));
  }

  private List<HazardClass> classesOf(String name, List<String> symbols) {
    List<HazardClass> classes = new ArrayList<>();
    for (String symbol : symbols) {
      String key = symbol == null ? "" : symbol.strip().toUpperCase(Locale.ROOT);
      HazardClass c = tables.classes().get(key);
      if (c == null) {
        throw new RuleViolatedException("risk.hazard-class-unknown", name, String.valueOf(symbol));
      }
      classes.add(c);
    }
    return classes;
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  private record Factors(String name, String cas, BigDecimal q, BigDecimal bigQ, String qSource, BigDecimal beta,
      String betaSource, BigDecimal ratio, BigDecimal weighted) {

    SubstanceFactors view() {
      return new SubstanceFactors(name, cas, q.doubleValue(), bigQ.doubleValue(), qSource, beta.doubleValue(), betaSource,
          round(ratio).doubleValue(), round(weighted).doubleValue());
    }
  }
}
