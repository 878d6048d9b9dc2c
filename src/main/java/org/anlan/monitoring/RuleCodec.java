package org.anlan.monitoring;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.anlan.monitoring.SaveRule.ConditionSpec;
import org.anlan.monitoring.SaveRule.StepSpec;
import org.anlan.monitoring.rules.Aggregate;
import org.anlan.monitoring.rules.Combine;
import org.anlan.monitoring.rules.Comparison;
import org.anlan.monitoring.rules.Condition;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.RuleScope;
import org.anlan.monitoring.rules.Step;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Translates between the rule editor's form ({@link SaveRule}), the stored row ({@link Rule}) and the engine's {@link RuleDefinition}. */
@Component
class RuleCodec {

  private static final TypeReference<List<ConditionSpec>> CONDITIONS = new TypeReference<>() {};
  private final JsonMapper json;

  RuleCodec(JsonMapper json) {
    this.json = json;
  }

  /** The engine's rule; 422 with the reason when the form does not make one. */
  RuleDefinition definition(long id, SaveRule c) {
    List<Condition> conditions = c.conditions().stream().map(RuleCodec::condition).toList();
    return new RuleDefinition(id, c.name(), c.topic(), new RuleScope(c.sensorKind().trim(), c.industry(), c.areaCode(), c.stationCode()),
        enumOf(Combine.class, c.combine(), Combine.ALL), conditions, monthDay(c.activeFrom()), monthDay(c.activeTo()), c.enabled());
  }

  RuleDefinition definition(Rule r) {
    return definition(r.id, form(r));
  }

  void apply(Rule r, SaveRule c) {
    definition(r.id == null ? 0 : r.id, c);
    r.name = c.name().trim();
    r.topic = c.topic();
    r.sensorKind = c.sensorKind().trim();
    r.industry = blankToNull(c.industry());
    r.areaCode = blankToNull(c.areaCode());
    r.stationCode = blankToNull(c.stationCode());
    r.combine = enumOf(Combine.class, c.combine(), Combine.ALL).name();
    r.conditions = json.writeValueAsString(c.conditions());
    r.activeFrom = blankToNull(c.activeFrom());
    r.activeTo = blankToNull(c.activeTo());
    r.enabled = c.enabled();
    r.note = blankToNull(c.note());
    if (c.version() != null) {
      r.version = c.version();
    }
  }

  SaveRule form(Rule r) {
    return new SaveRule(r.name, r.topic, r.sensorKind, r.industry, r.areaCode, r.stationCode, r.combine,
        json.readValue(r.conditions, CONDITIONS), r.activeFrom, r.activeTo, r.enabled, r.note, r.version);
  }

  RuleSummary summary(Rule r) {
    SaveRule f = form(r);
    return new RuleSummary(r.id, r.name, r.topic, r.sensorKind, r.industry, r.areaCode, r.stationCode, r.combine, f.conditions(),
        r.activeFrom, r.activeTo, r.enabled, r.builtIn, r.note, r.version == null ? 0 : r.version);
  }

  private static Condition condition(ConditionSpec s) {
    List<Step> steps = s.steps().stream().map(RuleCodec::step).toList();
    return new Condition(enumOf(Aggregate.class, s.aggregate(), null), minutes(s.windowMinutes()),
        enumOf(Comparison.class, s.comparison(), Comparison.AT_LEAST), steps, s.hysteresis() == null ? 0 : s.hysteresis(),
        minutes(s.holdMinutes()), s.holdReadings() == null ? 0 : s.holdReadings(), s.perInterval());
  }

  private static Step step(StepSpec s) {
    return new Step(s.level(), s.threshold(), minutes(s.windowMinutes()));
  }

  static ConditionSpec spec(Condition c) {
    return new ConditionSpec(c.aggregate().name(), toMinutes(c.window()), c.comparison().name(),
        c.steps().stream().map(s -> new StepSpec(s.level(), s.threshold(), toMinutes(s.window()))).toList(), c.hysteresis(),
        toMinutes(c.holdFor()), c.holdReadings(), c.perInterval());
  }

  private static Integer toMinutes(Duration d) {
    return d == null ? null : (int) d.toMinutes();
  }

  private static Duration minutes(Integer m) {
    return m == null || m == 0 ? null : Duration.ofMinutes(m);
  }

  private static MonthDay monthDay(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return MonthDay.parse("--" + s.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new RuleViolatedException("monitoring.rule-season-invalid");
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, E fallback) {
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        throw new RuleViolatedException("monitoring.rule-condition-incomplete");
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolatedException("monitoring.rule-value-unknown", value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
