package org.anlan.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anlan.monitoring.AlarmLevel;
import org.anlan.monitoring.AlarmLevelChanged;
import org.anlan.monitoring.AlarmRaised;
import org.anlan.area.AreaCatalogue;
import org.anlan.platform.AuditLog;
import org.anlan.platform.Groups;
import org.anlan.shared.AreaCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 告警转预警草稿: a monitoring alarm becomes a warning draft for the duty officer (source ALARM, keyed by
 * its first alarm's id, unique in the table), pre-filled with type, level, area, title, text and default
 * instructions — or, while a draft of the same town and warning type still waits, joins that one
 * ({@code anlan.warning.alarm.merge-by-town}, table {@code warning_alarm_link}): a storm makes one draft per town.
 * {@link AlarmRaised} creates it; {@link AlarmLevelChanged} raises its level while it is still a draft (falls
 * are ignored). Events may come again (redelivery) and in either order (the two are heard on separate threads):
 * a draft made from a level change alone carries no station name or rule, and the {@link AlarmRaised} that
 * follows fills them in. Silence alarms (no value) make no draft: a quiet gauge is a
 * fault to fix, not a hazard to warn the public of. Runs without a user, so the audit says "system". The events
 * heard while the last ones are written are handled together ({@link Groups}, {@link #handleAll}): a storm's
 * merges into one town's draft become one update, one audit line and at most one notice per group.
 */
@Component
class AlarmDrafts implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AlarmDrafts.class);
  static final Duration VALIDITY = Duration.ofHours(24);
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Warnings warnings;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  private final WarningDesk desk;
  private final Callouts callouts;
  private final AlarmPolicy policy;
  private final AreaCatalogue areas;
  private final AlarmDraftLinks links;
  private final Groups<Object, Void> groups = new Groups<>("anlan-alarm-drafts", 200, Duration.ofMinutes(1), this::handleAll);

  AlarmDrafts(Warnings warnings, AuditLog audit, PlatformTransactionManager transactions, Clock clock, WarningDesk desk,
      Callouts callouts, AlarmPolicy policy, AreaCatalogue areas, AlarmDraftLinks links) {
    this.links = links;
    this.desk = desk;
    this.callouts = callouts;
    this.policy = policy;
    this.areas = areas;
    this.warnings = warnings;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(AlarmRaised e) {
    groups.submit(e);
  }

  @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
  void on(AlarmLevelChanged e) {
    groups.submit(e);
  }

  /** What the listener does, alone, on the caller's thread. */
  void handle(AlarmRaised e) {
    handleAll(List.of(e));
  }

  void handle(AlarmLevelChanged e) {
    handleAll(List.of(e));
  }

  /**
   * A group of alarm events ({@link AlarmRaised}, {@link AlarmLevelChanged}) in one transaction, in order: each
   * changes the drafts in memory as it would alone; at the end each draft changed is saved once, audited once
   * (before the group → after it) and its duty officers told once. A storm's alarms arrive in groups while the
   * last group is written, so a town's draft takes a group's merges in one update instead of one each.
   */
  List<Void> handleAll(List<Object> events) {
    once(() -> {
      Batch batch = new Batch();
      for (Object e : events) {
        if (e instanceof AlarmRaised raised) {
          if (raised.value() != null) {
            raised(batch, new Facts(raised.alarmId(), raised.stationName() == null ? raised.stationCode() : raised.stationName(),
                raised.stationCode(), raised.sensorKind(), raised.areaCode(), raised.ruleName(), level(raised.level()), raised.time(),
                raised.value()));
          }
        } else if (e instanceof AlarmLevelChanged changed) {
          levelChanged(batch, changed);
        }
      }
      batch.finish();
    });
    return java.util.Collections.nCopies(events.size(), null);
  }

  /**
   * One transaction. A raise and a level change of one alarm may be heard on separate threads (redelivery after a
   * restart, or a person's edit meanwhile): when another writer inserted the draft first (unique alarm id) or changed
   * it meanwhile (version), try again — the draft is found, or read afresh, then. Still failing, the events stay
   * incomplete in the registry.
   */
  private void once(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        tx.executeWithoutResult(s -> work.run());
        return;
      } catch (RuntimeException e) {
        if (attempt >= 5 || !concurrent(e)) {
          throw e;
        }
        log.debug("alarm draft written concurrently, retrying", e);
      }
    }
  }

  private static boolean concurrent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataIntegrityViolationException || t instanceof ConcurrencyFailureException) {
        return true;
      }
    }
    return false;
  }

  /** What tells the duty officers of a merge, as opposed to {@link #decide}'s texts. */
  private static final String MERGED = "新告警并入预警草稿";
  private static final String CREATED = "监测告警生成预警草稿";

  /**
   * The drafts one group changes: read once, changed in memory, and at {@link #finish()} saved, audited and told
   * once each. A new draft is inserted at once (its id links the alarms merged into it).
   */
  private final class Batch {
    private final Instant now = clock.instant();
    private final Map<Long, Warning> drafts = new LinkedHashMap<>();
    private final Map<Long, WarningSummary> before = new HashMap<>();
    private final Map<Long, String> action = new HashMap<>();
    private final Map<Long, String> tell = new HashMap<>();
    private final java.util.Set<Long> dirty = new java.util.HashSet<>();

    Optional<Warning> find(long id) {
      Warning known = drafts.get(id);
      if (known != null) {
        return Optional.of(known);
      }
      Optional<Warning> read = warnings.findById(id);
      read.ifPresent(w -> {
        drafts.put(id, w);
        before.put(id, w.summary(now));
      });
      return read;
    }

    Warning created(Warning w, String what) {
      Warning saved = warnings.save(w);
      drafts.put(saved.id, saved);
      action.put(saved.id, "create");
      tell.put(saved.id, what);
      return saved;
    }

    /** A change of the draft in memory: the audit's action (a new draft stays "create"), and what its officers hear. */
    void changed(Warning w, String what, String told) {
      dirty.add(w.id);
      action.merge(w.id, what, (old, next) -> old.equals("create") ? old : next);
      if (told != null) {
        tell.merge(w.id, told, (old, next) -> old.equals(CREATED) || next.equals(MERGED) ? old : next);
      }
    }

    void finish() {
      for (Warning w : drafts.values()) {
        String what = action.get(w.id);
        if (what == null) {
          continue;
        }
        Warning saved = dirty.contains(w.id) ? warnings.save(w) : w; // a new draft nothing changed since its insert is as saved
        WarningSummary after = saved.summary(clock.instant());
        audit.record(WarningDesk.AUDIT_TYPE, String.valueOf(saved.id), saved.areaCodeList().get(0), what, before.get(saved.id), after);
        String told = tell.get(saved.id);
        if (MERGED.equals(told)) {
          if (links.mayTellMerge(saved.id, now, policy.mergeNoticeEvery())) {
            callouts.tellDutyOfficers(saved, MERGED, true);
          }
        } else if (told != null) {
          decide(saved, told);
        }
      }
    }
  }

  /** The draft (or warning) an alarm made or was merged into. */
  private Optional<Warning> draftOf(Batch batch, long alarmId) {
    return links.draftIdOf(alarmId).flatMap(batch::find);
  }

  private void raised(Batch batch, Facts facts) {
    Optional<Warning> found = draftOf(batch, facts.alarmId());
    if (found.isEmpty()) {
      create(batch, facts, "alarm:" + facts.alarmId() + "/" + facts.stationCode());
      return;
    }
    Warning w = found.get();
    if (w.status != WarningStatus.DRAFT) {
      return;
    }
    WarningLevel level = max(w.level, facts.level());
    if (("alarm:" + facts.alarmId()).equals(w.sourceRef)) {
      // made from a level change that was heard first: now we know the station name and rule
      Facts full = facts.withLevel(level);
      w.edit(command(full, w.effective, w.expires), clock.instant());
      w.sourceRef = "alarm:" + facts.alarmId() + "/" + facts.stationCode();
      batch.changed(w, "alarm-raised", null);
    } else if (level != w.level) {
      raise(batch, w, level);
    }
  }

  private void levelChanged(Batch batch, AlarmLevelChanged e) {
    WarningLevel to = level(e.to());
    Optional<Warning> found = draftOf(batch, e.alarmId());
    if (found.isEmpty()) {
      if (e.value() != null) {
        create(batch, new Facts(e.alarmId(), e.stationCode(), e.stationCode(), e.sensorCode(), e.areaCode(), null, to, e.time(),
            e.value()), "alarm:" + e.alarmId());
      }
      return;
    }
    Warning w = found.get();
    if (w.status == WarningStatus.DRAFT && max(w.level, to) != w.level) {
      raise(batch, w, to);
    }
  }

  private void create(Batch batch, Facts facts, String sourceRef) {
    Instant now = clock.instant();
    Optional<Warning> open = policy.mergeByTown() ? openDraftOfTown(batch, facts, now) : Optional.empty();
    if (open.isPresent()) {
      merge(batch, open.get(), facts, now);
      return;
    }
    Warning w = Warning.draft(command(facts, now, now.plus(VALIDITY)), WarningSource.ALARM, sourceRef, "system", now);
    w.alarmId = facts.alarmId();
    batch.created(w, CREATED);
  }

  /** The newest alarm draft still waiting, of the same warning type, in the alarm's town (or for the same area). */
  private Optional<Warning> openDraftOfTown(Batch batch, Facts facts, Instant now) {
    String town = townOf(facts.areaCode());
    return links.openAlarmDrafts(type(facts.sensorKind()), now).stream()
        .filter(d -> d.getValue() != null && java.util.Arrays.stream(d.getValue().split(","))
            .anyMatch(a -> a.equals(facts.areaCode()) || town.equals(townOf(a))))
        .findFirst().flatMap(d -> batch.find(d.getKey()));
  }

  /** The town (镇街) an area lies in; the area itself when it is the district or a town. */
  private String townOf(String areaCode) {
    return areas.ancestors(AreaCode.of(areaCode)).stream().filter(a -> a.level() == org.anlan.area.AreaLevel.TOWN)
        .map(a -> a.code().value()).findFirst().orElse(areaCode);
  }

  /**
   * 合并: a further alarm of the same town and type joins the waiting draft — its village is added to the target
   * areas, the text records the station and reading, the title counts the stations, the level rises if higher —
   * and the duty officers are told (in-app at most once per {@code merge-notice-every} for the draft; an SMS only as
   * {@code draft-sms-every} allows).
   */
  private void merge(Batch batch, Warning w, Facts facts, Instant now) {
    links.add(facts.alarmId(), w.id, facts.stationCode(), facts.areaCode(), now);
    WarningLevel from = w.level;
    WarningLevel to = max(w.level, facts.level());
    List<String> areaCodes = new java.util.ArrayList<>(w.areaCodeList());
    if (!areaCodes.contains(facts.areaCode())) {
      areaCodes.add(facts.areaCode());
    }
    String value = facts.value() == null ? "" : " 读数 " + reading(facts.value(), facts.sensorKind()) + "，";
    String text = withLine(w.body, "%s 监测站“%s”（%s）%s告警等级%s，并入本草稿。".formatted(
        TIME.format(facts.time().atZone(BEIJING)), facts.station(), facts.stationCode(), value, facts.level().label()));
    String first = w.sourceRef != null && w.sourceRef.contains("/") ? w.sourceRef.substring(w.sourceRef.indexOf('/') + 1) : "";
    String title = "%s%s预警：%s等%d站".formatted(w.type.label(), to.label(), stationOfTitle(w.title), 1 + links.otherStations(w.id, first));
    editAt(w, to, title, text, areaCodes);
    batch.changed(w, "alarm-merged", to != from ? "告警并入，预警草稿升至" + to.label() : MERGED);
  }

  /** The most a draft's text may hold (the column holds 4,000 characters). */
  static final int BODY_MAX = 3_900;

  static final String OMITTED = "……（较早的并入记录从略，详见告警列表 earlier entries omitted, see the alarm list）";

  /**
   * The draft's text with a line added at the end. A storm merges hundreds of a town's alarms into one draft: past
   * {@link #BODY_MAX} the first line (what the draft began with) stays, the oldest lines after it give way to the
   * newest, and a line says so.
   */
  static String withLine(String body, String line) {
    String joined = body == null || body.isEmpty() ? line : body + "\n" + line;
    if (joined.length() <= BODY_MAX) {
      return joined;
    }
    List<String> lines = new java.util.ArrayList<>(List.of(joined.split("\n", -1)));
    String head = lines.remove(0);
    lines.remove(OMITTED);
    int length = head.length() + 1 + OMITTED.length() + lines.stream().mapToInt(l -> l.length() + 1).sum();
    while (lines.size() > 1 && length > BODY_MAX) {
      length -= lines.remove(0).length() + 1;
    }
    String kept = head + "\n" + OMITTED + "\n" + String.join("\n", lines);
    return kept.length() <= BODY_MAX ? kept : kept.substring(0, BODY_MAX);
  }

  /** The first station named in a generated title ("暴雨橙色预警：X站" or "…：X站等3站"). */
  private static String stationOfTitle(String title) {
    int colon = title.indexOf('：');
    String station = colon < 0 ? title : title.substring(colon + 1);
    int more = station.lastIndexOf('等');
    return more > 0 && station.endsWith("站") && station.substring(more + 1, station.length() - 1).chars().allMatch(Character::isDigit)
        ? station.substring(0, more) : station;
  }

  /**
   * Issues the draft at once where the area's policy says so (telling the duty officers it went out);
   * otherwise tells them a draft waits.
   */
  private void decide(Warning w, String what) {
    String listed = policyArea(w.areaCodeList().get(0));
    WarningLevel threshold = listed == null ? null : policy.autoIssue().get(listed);
    if (threshold != null && w.level != null && w.level.grade() <= threshold.grade()) {
      desk.issueByPolicy(w, "policy:auto-issue@" + listed);
      callouts.tellDutyOfficers(w, "监测告警已按策略直接发布预警", false);
    } else {
      callouts.tellDutyOfficers(w, what, true);
    }
  }

  /** The most specific area of the auto-issue policy that holds the area, else null. */
  String policyArea(String areaCode) {
    String best = null;
    for (String listed : policy.autoIssue().keySet()) {
      if (areas.isWithin(AreaCode.of(areaCode), AreaCode.of(listed))
          && (best == null || areas.isWithin(AreaCode.of(listed), AreaCode.of(best)))) {
        best = listed;
      }
    }
    return best;
  }

  /** A higher level: the generated title, instructions and measures follow it unless the officer changed them. */
  private void raise(Batch batch, Warning w, WarningLevel to) {
    String title = w.title.replace(w.level.label() + "预警", to.label() + "预警");
    String text = w.body == null ? null : withLine(w.body, TIME.format(clock.instant().atZone(BEIJING)) + " 告警升至" + to.label() + "。");
    editAt(w, to, title, text, w.areaCodeList());
    batch.changed(w, "alarm-level", "告警升级，预警草稿升至" + to.label());
  }

  /** Edits the draft to level {@code to}; the generated instructions and measures follow the level unless the officer changed them. */
  private void editAt(Warning w, WarningLevel to, String title, String text, List<String> areaCodes) {
    WarningLevel from = w.level;
    String instructions = w.instructions == null || w.instructions.equals(instructions(from)) ? instructions(to) : w.instructions;
    Set<Measure> measures = w.measureSet().equals(measures(from)) ? measures(to) : w.measureSet();
    w.edit(new SaveWarning(w.type, to, title, text, instructions, measures, areaCodes, CapPolygon.toLonLat(w.polygon), w.effective,
        w.expires, w.titleEn, w.bodyEn, w.instructionsEn, null), clock.instant());
  }

  private static SaveWarning command(Facts f, Instant effective, Instant expires) {
    WarningType type = type(f.sensorKind());
    String title = "%s%s预警：%s".formatted(type.label(), f.level().label(), f.station());
    String value = reading(f.value(), f.sensorKind());
    String text = "监测站“%s”（%s）%s 读数 %s，%s，告警等级%s。本草稿由告警自动生成，请值班人员核实后修改并提交审批。".formatted(
        f.station(), f.stationCode(), TIME.format(f.time().atZone(BEIJING)), value,
        f.rule() == null ? "触发告警规则" : "触发告警规则“" + f.rule() + "”", f.level().label());
    return new SaveWarning(type, f.level(), title, text, instructions(f.level()), measures(f.level()),
        List.of(f.areaCode()), List.of(), effective, expires, null, null, null, null);
  }

  /** rain → 暴雨; water level → 山洪 (there is no 洪水 type; small-river gauges are what we have); ground → 地质灾害. */
  static WarningType type(String sensorKind) {
    return switch (sensorKind == null ? "" : sensorKind) {
      case "rain" -> WarningType.RAINSTORM;
      case "level" -> WarningType.FLASH_FLOOD;
      case "displacement", "crack" -> WarningType.GEOLOGICAL;
      case "gas" -> WarningType.WORK_SAFETY;
      case "wind", "temperature", "humidity" -> WarningType.WEATHER;
      default -> WarningType.OTHER;
    };
  }

  /** A reading as the texts show it: "60 mm", "3.2 m". */
  private static String reading(double value, String sensorKind) {
    return (value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value)) + unit(sensorKind);
  }

  private static String unit(String sensorKind) {
    return switch (sensorKind == null ? "" : sensorKind) {
      case "rain", "displacement", "crack" -> " mm";
      case "level" -> " m";
      case "gas" -> " %LEL";
      case "wind" -> " m/s";
      default -> "";
    };
  }

  static WarningLevel level(AlarmLevel level) {
    return WarningLevel.valueOf(level.name());
  }

  /** Default instructions per level (our wording; the officer edits them). */
  static String instructions(WarningLevel level) {
    return switch (level) {
      case BLUE -> "加强监测和巡查，关注雨情水情变化，做好防范准备。";
      case YELLOW -> "加强值守和巡查，危险区域人员做好转移避险准备，暂停危险区域户外活动。";
      case ORANGE -> "禁止进入危险区域，停止危险区域内作业和集体活动，组织人员做好转移准备。";
      case RED -> "立即组织危险区域人员转移避险，封闭危险路段，停工停课停业。";
    };
  }

  /** Default 断禁停撤疏 measures per level (our choice). */
  static Set<Measure> measures(WarningLevel level) {
    return switch (level) {
      case BLUE, YELLOW -> Set.of();
      case ORANGE -> EnumSet.of(Measure.BAN, Measure.STOP);
      case RED -> EnumSet.allOf(Measure.class);
    };
  }

  private static WarningLevel max(WarningLevel a, WarningLevel b) {
    return a == null ? b : b == null ? a : a.grade() <= b.grade() ? a : b;
  }

  @Override
  public void destroy() {
    groups.close();
  }

  private record Facts(long alarmId, String station, String stationCode, String sensorKind, String areaCode, String rule,
      WarningLevel level, Instant time, Double value) {

    Facts withLevel(WarningLevel to) {
      return new Facts(alarmId, station, stationCode, sensorKind, areaCode, rule, to, time, value);
    }
  }
}
