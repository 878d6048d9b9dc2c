package org.anlan.monitoring;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.monitoring.rules.Evaluator;
import org.anlan.monitoring.rules.RuleChoice;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.SensorFacts;
import org.anlan.monitoring.rules.Series;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.shared.AreaCode;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 预警规则: the rules a bureau writes — "一行业一措施、一镇街一方案". A rule for a town (or a station in it) is
 * changed by whoever may change that town; a district-wide rule only by district users. Built-in rules can
 * be changed or switched off, not deleted. Changes are audited ({@value #AUDIT_TYPE}) and take effect for
 * the next reading. The preview replays a rule over the last days of readings.
 */
@Service
@Validated
@Transactional
public class RuleDesk {

  static final String AUDIT_TYPE = "monitoring.rule";

  private final Rules rules;
  private final RuleCodec codec;
  private final RuleBook book;
  private final StationCatalogue catalogue;
  private final ReadingStore store;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final CurrentActor actors;
  private final AuditLog audit;
  private final Clock clock;

  RuleDesk(Rules rules, RuleCodec codec, RuleBook book, StationCatalogue catalogue, ReadingStore store, Jurisdiction jurisdiction,
      AreaCatalogue areas, CurrentActor actors, AuditLog audit, Clock clock) {
    this.rules = rules;
    this.codec = codec;
    this.book = book;
    this.catalogue = catalogue;
    this.store = store;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.actors = actors;
    this.audit = audit;
    this.clock = clock;
  }

  /** Rules the caller can see: district-wide ones and those of areas in their scope. */
  @Transactional(readOnly = true)
  public List<RuleSummary> rules() {
    var actor = actors.get();
    return rules.findAllByOrderByTopicAscIdAsc().stream()
        .filter(r -> r.areaCode == null || jurisdiction.covers(actor, AreaCode.of(r.areaCode))
            || areas.isWithin(actor.scope(), AreaCode.of(r.areaCode)))
        .map(codec::summary).toList();
  }

  @Transactional(readOnly = true)
  public RuleSummary rule(long id) {
    return codec.summary(load(id));
  }

  public RuleSummary create(@Valid SaveRule command) {
    requireMayChange(command);
    Rule rule = new Rule();
    codec.apply(rule, command);
    rule.version = null;
    return saved(rule, "create", null);
  }

  public RuleSummary update(long id, @Valid SaveRule command) {
    Rule rule = load(id);
    requireMayChange(codec.form(rule));
    requireMayChange(command);
    RuleSummary before = codec.summary(rule);
    codec.apply(rule, command);
    return saved(rule, "update", before);
  }

  public void delete(long id) {
    Rule rule = load(id);
    requireMayChange(codec.form(rule));
    if (rule.builtIn) {
      throw new RuleViolatedException("monitoring.rule-built-in", rule.name);
    }
    RuleSummary before = codec.summary(rule);
    rules.delete(rule);
    audit.record(AUDIT_TYPE, String.valueOf(id), rule.areaCode, "delete", before, null);
    book.changed();
  }

  /** A transition the preview found: at {@code time} the level went from {@code from} to {@code to} (null: none). */
  public record Transition(String station, String sensor, Instant time, AlarmLevel from, AlarmLevel to, Double value) {}

  /**
   * 规则预演: what the rule would have done over the last {@code days} days, on one station (and sensor) or on
   * every matching sensor in the caller's scope (at most 200). Silence is noticed at the next reading.
   */
  @Transactional(readOnly = true)
  public List<Transition> preview(@Valid SaveRule command, String stationCode, int days) {
    RuleDefinition rule = codec.definition(0, command);
    Instant to = clock.instant();
    Instant from = to.minus(Duration.ofDays(Math.max(1, Math.min(days, 31))));
    var actor = actors.get();
    List<Transition> found = new ArrayList<>();
    int looked = 0;
    for (SensorFacts sensor : catalogue.allSensors()) {
      StationCatalogue.Entry station = catalogue.stationOf(sensor.sensorId());
      if (!rule.scope().matches(sensor) || (stationCode != null && !stationCode.isBlank() && !station.code().equals(stationCode.trim()))
          || !jurisdiction.covers(actor, AreaCode.of(station.areaCode())) || looked++ >= 200) {
        continue;
      }
      replay(rule, sensor, station, store.series(sensor.sensorId(), from.minus(rule.reach()), to, Integer.MAX_VALUE, false), from, found);
    }
    found.sort(java.util.Comparator.comparing(Transition::time));
    return found;
  }

  private void replay(RuleDefinition rule, SensorFacts sensor, StationCatalogue.Entry station, List<ReadingStore.Point> points,
      Instant from, List<Transition> found) {
    Evaluator evaluator = new Evaluator(clock.getZone());
    Series series = new Series();
    AlarmLevel current = null;
    String sensorCode = catalogue.sensorCode(sensor.sensorId());
    for (ReadingStore.Point p : points) {
      if (rule.watchesSilence() && !series.isEmpty()) {
        AlarmLevel quiet = evaluator.level(rule, series, p.time(), current, sensor.expectedInterval());
        if (quiet != current && !p.time().isBefore(from)) {
          found.add(new Transition(station.code(), sensorCode, p.time(), current, quiet, null));
        }
        current = quiet;
      }
      series.add(p.time(), p.value());
      AlarmLevel next = evaluator.level(rule, series, p.time(), current, sensor.expectedInterval());
      if (next != current && !p.time().isBefore(from)) {
        found.add(new Transition(station.code(), sensorCode, p.time(), current, next, p.value()));
      }
      current = next;
    }
  }

  /** For each sensor of a station and each topic: the rule that applies, and every candidate, best first. */
  @Transactional(readOnly = true)
  public List<Applicability> applicable(String stationCode) {
    StationCatalogue.Entry station = catalogue.station(stationCode);
    if (station == null) {
      throw new NotFoundException("monitoring.station-not-found", stationCode);
    }
    jurisdiction.requireVisible(AreaCode.of(station.areaCode()));
    List<Applicability> out = new ArrayList<>();
    station.sensorIds().forEach((code, id) -> {
      SensorFacts facts = catalogue.sensor(id);
      List<RuleDefinition> winners = RuleChoice.applicable(book.all(), facts);
      for (RuleDefinition candidate : RuleChoice.candidates(book.all(), facts)) {
        out.add(new Applicability(code, candidate.topic(), candidate.id(), candidate.name(), winners.contains(candidate),
            candidate.enabled(), candidate.scope().specificity(facts), reason(candidate)));
      }
    });
    return out;
  }

  /**
   * Whether a rule applies to a sensor, and why: {@code reason} names the narrowest scope
   * ({@code station}, {@code area}, {@code industry}, {@code kind}); higher {@code specificity} wins within a topic.
   */
  public record Applicability(String sensor, String topic, long ruleId, String ruleName, boolean applies, boolean enabled,
      int specificity, String reason) {}

  private static String reason(RuleDefinition r) {
    if (r.scope().stationCode() != null) {
      return "station";
    }
    if (r.scope().areaCode() != null) {
      return r.scope().industry() != null ? "area+industry" : "area";
    }
    return r.scope().industry() != null ? "industry" : "kind";
  }

  private RuleSummary saved(Rule rule, String action, RuleSummary before) {
    Rule saved = rules.save(rule);
    RuleSummary after = codec.summary(saved);
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), saved.areaCode, action, before, after);
    book.changed();
    return after;
  }

  private void requireMayChange(SaveRule rule) {
    if (rule.stationCode() != null && !rule.stationCode().isBlank()) {
      StationCatalogue.Entry station = catalogue.station(rule.stationCode().trim());
      if (station == null) {
        throw new RuleViolatedException("monitoring.rule-station-unknown", rule.stationCode());
      }
      jurisdiction.requireChangeable(AreaCode.of(station.areaCode()));
    }
    jurisdiction.requireChangeable(rule.areaCode() == null || rule.areaCode().isBlank() ? areas.root().code()
        : AreaCode.of(rule.areaCode().trim()));
  }

  private Rule load(long id) {
    return rules.findById(id).orElseThrow(() -> new NotFoundException("monitoring.rule-not-found", id));
  }
}
