package org.anlan.monitoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.anlan.monitoring.rules.BuiltInRules;
import org.anlan.monitoring.rules.RuleChoice;
import org.anlan.monitoring.rules.RuleDefinition;
import org.anlan.monitoring.rules.SensorFacts;
import org.anlan.platform.AfterCommit;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules in force, held in memory for ingest, with the rules that apply to each sensor worked out
 * once and forgotten whenever a rule or a station changes. Adds the built-in rules at the first start.
 */
@Component
class RuleBook implements SmartInitializingSingleton {

  private final Rules rules;
  private final RuleCodec codec;
  private final TransactionTemplate transactions;
  private volatile List<RuleDefinition> all = List.of();
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
  private final Map<Long, List<RuleDefinition>> perSensor = new ConcurrentHashMap<>();

  RuleBook(Rules rules, RuleCodec codec, TransactionTemplate transactions, StationCatalogue catalogue) {
    catalogue.onReload(perSensor::clear);
    this.rules = rules;
    this.codec = codec;
    this.transactions = transactions;
  }

  @Override
  public void afterSingletonsInstantiated() {
    start();
  }

  void start() {
    transactions.executeWithoutResult(tx -> {
      if (!rules.existsByBuiltInTrue()) {
        builtIns().forEach(rules::save);
      }
    });
    reload();
  }

  /** Reloads after the current transaction commits. */
  void changed() {
    AfterCommit.run(this::reload);
  }

  void reload() {
    all = rules.findAllByOrderByTopicAscIdAsc().stream().map(codec::definition).toList();
    perSensor.clear();
    generation.incrementAndGet();
  }

  /**
   * Counts reloads: a worker that sees a new generation forgets its sensors' readings in memory, so a rule
   * with a longer window or more persistence gets the history it needs read back from the store.
   */
  long generation() {
    return generation.get();
  }

  List<RuleDefinition> all() {
    return all;
  }

  /** The rules that apply to the sensor, one per topic. */
  List<RuleDefinition> rulesFor(SensorFacts sensor) {
    return perSensor.computeIfAbsent(sensor.sensorId(), id -> RuleChoice.applicable(all, sensor));
  }

  private List<Rule> builtIns() {
    Rule storm = builtIn("暴雨（实测，按暴雨预警信号标准）", BuiltInRules.RAINFALL, "rain",
        "中国气象局令第16号 暴雨预警信号标准用于实测雨量：12h≥50mm 蓝、6h≥50mm 黄、3h≥50mm 橙、3h≥100mm 红");
    storm.conditions = conditionsJson(BuiltInRules.rainstorm());
    Rule rainQuiet = builtIn("雨量站中断", BuiltInRules.SILENCE, "rain", "连续3个报送周期无数据 蓝、12个 黄");
    rainQuiet.conditions = conditionsJson(BuiltInRules.silence());
    Rule levelQuiet = builtIn("水位站中断", BuiltInRules.SILENCE, "level", "连续3个报送周期无数据 蓝、12个 黄");
    levelQuiet.conditions = conditionsJson(BuiltInRules.silence());
    return List.of(storm, rainQuiet, levelQuiet);
  }

  private String conditionsJson(org.anlan.monitoring.rules.Condition condition) {
    Rule probe = new Rule();
    codec.apply(probe, new SaveRule("x", "x", "x", null, null, null, "ALL", List.of(RuleCodec.spec(condition)), null, null, true, null, null));
    return probe.conditions;
  }

  private static Rule builtIn(String name, String topic, String kind, String note) {
    Rule r = new Rule();
    r.name = name;
    r.topic = topic;
    r.sensorKind = kind;
    r.combine = "ALL";
    r.enabled = true;
    r.builtIn = true;
    r.note = note;
    return r;
  }
}
