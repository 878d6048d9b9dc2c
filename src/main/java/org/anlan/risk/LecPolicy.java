package org.anlan.risk;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anlan.shared.RuleViolatedException;

/** LEC: the allowed scores of L, E and C, the bands of D and the chosen colour mapping. */
class LecPolicy {

  static final List<BigDecimal> L = decimals("10", "6", "3", "1", "0.5", "0.2", "0.1");
  static final List<BigDecimal> E = decimals("10", "6", "3", "2", "1", "0.5");
  static final List<BigDecimal> C = decimals("100", "40", "15", "7", "3", "1");
  private static final RiskColour[] COLOURS = {RiskColour.RED, RiskColour.ORANGE, RiskColour.YELLOW};

  private final List<Threshold> bands;
  private final List<Threshold> colours;
  private final String mapping;

  LecPolicy(RiskProperties.Lec lec) {
    this.bands = parse(lec.bands(), LecBand.values().length - 1);
    this.mapping = lec.mapping().strip().toUpperCase(Locale.ROOT);
    this.colours = switch (mapping) {
      case "A" -> parse(lec.mappingA(), 3);
      case "B" -> parse(lec.mappingB(), 3);
      default -> throw new IllegalArgumentException("anlan.risk.lec.mapping must be A or B: " + lec.mapping());
    };
  }

  LecScore score(ScoreLec command) {
    BigDecimal l = allowed("L", command == null ? null : command.l(), L);
    BigDecimal e = allowed("E", command == null ? null : command.e(), E);
    BigDecimal c = allowed("C", command == null ? null : command.c(), C);
    BigDecimal d = l.multiply(e).multiply(c);
    return new LecScore(l.doubleValue(), e.doubleValue(), c.doubleValue(), d.doubleValue(), band(d).label(), colour(d).label(), mapping);
  }

  /** 危险程度 of any D, also of values such as 160 or 320 that no product of scores reaches. */
  LecBand band(BigDecimal d) {
    return LecBand.values()[firstAdmitting(bands, d)];
  }

  RiskColour colour(BigDecimal d) {
    int i = firstAdmitting(colours, d);
    return i < COLOURS.length ? COLOURS[i] : RiskColour.BLUE;
  }

  private static BigDecimal allowed(String factor, Double value, List<BigDecimal> scores) {
    if (value == null) {
      throw new RuleViolatedException("risk.factor-missing", factor);
    }
    String list = scores.stream().map(BigDecimal::toPlainString).reduce((a, b) -> a + ", " + b).orElseThrow();
    if (!Double.isFinite(value)) {
      throw new RuleViolatedException("risk.lec-score-invalid", factor, String.valueOf(value), list);
    }
    BigDecimal v = BigDecimal.valueOf(value);
    return scores.stream().filter(s -> s.compareTo(v) == 0).findFirst()
        .orElseThrow(() -> new RuleViolatedException("risk.lec-score-invalid", factor, v.stripTrailingZeros().toPlainString(), list));
  }

  /** Index of the first threshold the value passes, or the list's size when it passes none. */
  private static int firstAdmitting(List<Threshold> thresholds, BigDecimal value) {
    for (int i = 0; i < thresholds.size(); i++) {
      if (thresholds.get(i).admits(value)) {
        return i;
      }
    }
    return thresholds.size();
  }

  private static List<Threshold> parse(List<String> texts, int size) {
    if (texts.size() != size) {
      throw new IllegalArgumentException("expected " + size + " thresholds, got " + texts);
    }
    return texts.stream().map(Threshold::parse).toList();
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
