package org.anlan.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.anlan.platform.Sheets;
import org.anlan.shared.RuleViolatedException;
import org.anlan.warning.CalloutStore.StepRow;
import org.anlan.warning.RecipientSources.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 叫应效能分析: over the calls opened in a period (or of one warning) that the caller may see — answer rate,
 * median and p90 time to answer, by level, town and role; escalations per step; how answers came; what became
 * of the messages per channel. Also as an Excel workbook (汇总 and 明细 sheets).
 */
@Service
@Transactional(readOnly = true)
public class CalloutAnalysis {

  private static final Duration MAX_PERIOD = Duration.ofDays(366);

  private final CalloutStore store;
  private final CalloutDesk desk;
  private final RecipientSources sources;
  private final CalloutSender sender;
  private final CalloutProperties properties;
  private final Clock clock;

  CalloutAnalysis(CalloutStore store, CalloutDesk desk, RecipientSources sources, CalloutSender sender,
      CalloutProperties properties, Clock clock) {
    this.properties = properties;
    this.store = store;
    this.desk = desk;
    this.sources = sources;
    this.sender = sender;
    this.clock = clock;
  }

  /** The analysis of one warning (every round), or of the calls opened in from (inclusive) to (exclusive) — default the last 30 days. */
  public Report report(Long warningId, Instant from, Instant to) {
    List<Call> calls;
    Instant end = to == null ? clock.instant() : to;
    Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
    if (warningId != null) {
      calls = desk.calls(warningId);
    } else {
      if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
        throw new RuleViolatedException("warning.analysis-period-invalid");
      }
      calls = desk.visibleCalls(store.openedBetween(start, end));
    }
    List<Call> counted = calls.stream().filter(c -> c.status() != Call.Status.CLOSED || c.answeredAt() != null).toList();
    Map<String, String> names = new HashMap<>();
    List<StepRow> steps = store.steps(counted.stream().map(Call::id).toList());
    Map<CalloutStep, Integer> escalations = new EnumMap<>(CalloutStep.class);
    for (StepRow s : steps) {
      if (s.step() > 0 && s.personId() != 0) {
        escalations.merge(s.kind(), 1, Integer::sum);
      }
    }
    Map<Long, Integer> stepsTaken = new HashMap<>();
    steps.forEach(s -> stepsTaken.merge(s.callId(), 1, (a, b) -> Math.max(a, s.step() + 1)));
    Map<String, Integer> answeredAt = new TreeMap<>();
    Map<String, Integer> answerChannels = new TreeMap<>();
    for (Call c : counted) {
      if (c.answeredAt() != null) {
        answerChannels.merge(c.answerChannel().name(), 1, Integer::sum);
        answeredAt.merge(properties.steps().get(Math.min(c.step(), properties.steps().size() - 1)).name(), 1, Integer::sum);
      }
    }
    List<String> prefixes = counted.stream().map(c -> "warning:" + c.warningId() + ":call:" + c.id() + ":").toList();
    Map<CalloutChannel, Map<CalloutDelivery.State, Integer>> channels = new EnumMap<>(CalloutChannel.class);
    if (!prefixes.isEmpty()) {
      List<String> warningPrefixes = counted.stream().map(c -> "warning:" + c.warningId() + ":").distinct().toList();
      java.util.Set<String> wanted = new java.util.HashSet<>(prefixes);
      for (CalloutDelivery d : sender.deliveries(warningPrefixes)) {
        String callPrefix = d.correlation().substring(0, d.correlation().indexOf(":step:") + 1);
        if (wanted.contains(callPrefix)) {
          channels.computeIfAbsent(d.channel(), k -> new EnumMap<>(CalloutDelivery.State.class)).merge(d.state(), 1, Integer::sum);
        }
      }
    }
    long warnings = counted.stream().map(Call::warningId).distinct().count();
    return new Report(warningId, warningId == null ? start : null, warningId == null ? end : null, warnings, group(counted, c -> "all").get(0),
        group(counted, c -> c.level().name()), group(counted, c -> c.townCode() == null ? "" : name(c.townCode(), names)),
        group(counted, CalloutAnalysis::role), escalations, answeredAt, answerChannels, channels,
        counted.stream().filter(c -> c.status() == Call.Status.UNANSWERED).count());
  }

  /** The role of a call: its first reason up to " · " (e.g. 村社书记). */
  static String role(Call c) {
    int dot = c.role().indexOf(" · ");
    return dot < 0 ? c.role() : c.role().substring(0, dot);
  }

  private String name(String code, Map<String, String> names) {
    return names.computeIfAbsent(code, k -> {
      Place p = sources.area(k);
      return p == null ? k : p.name();
    });
  }

  private List<Group> group(Collection<Call> calls, Function<Call, String> key) {
    Map<String, List<Call>> by = new LinkedHashMap<>();
    calls.forEach(c -> by.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
    if (by.isEmpty()) {
      by.put("all", List.of());
    }
    return by.entrySet().stream().map(e -> stats(e.getKey(), e.getValue())).toList();
  }

  private Group stats(String key, List<Call> calls) {
    List<Long> seconds = calls.stream().map(Call::secondsToAnswer).filter(s -> s != null).sorted().toList();
    long onFirst = calls.stream()
        .filter(c -> c.answeredAt() != null && !c.answeredAt().isAfter(c.openedAt().plus(properties.within(c.level())))).count();
    long escalated = calls.stream().filter(c -> c.step() > 0).count();
    int n = calls.size();
    return new Group(key, n, seconds.size(), n == 0 ? 0 : round(100.0 * seconds.size() / n), onFirst,
        percentile(seconds, 50), percentile(seconds, 90), escalated);
  }

  /** Nearest-rank percentile; null for no values. */
  static Long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The report as a workbook: 汇总 (per level, town, role) and 明细 (each call). */
  public byte[] workbook(Long warningId, Instant from, Instant to) {
    Report r = report(warningId, from, to);
    List<String> summaryColumns = List.of("维度", "分组", "叫应人次", "已确认", "确认率%", "首轮时限内确认", "确认用时中位数（秒）",
        "确认用时P90（秒）", "升级人次");
    List<List<String>> summary = new ArrayList<>();
    addRows(summary, "合计", List.of(r.overall()));
    addRows(summary, "预警级别", r.byLevel());
    addRows(summary, "镇街", r.byTown());
    addRows(summary, "角色", r.byRole());
    List<String> detailColumns = List.of("预警编号", "轮次", "级别", "姓名", "手机", "角色", "区域代码", "状态", "发出时间", "确认时间",
        "确认用时（秒）", "确认人", "确认方式", "反馈", "已升级步数");
    List<List<String>> detail = new ArrayList<>();
    List<Call> calls = warningId != null ? desk.calls(warningId) : desk.visibleCalls(store.openedBetween(r.from(), r.to()));
    for (Call c : calls) {
      detail.add(List.of(String.valueOf(c.warningId()), String.valueOf(c.round()), c.level().label(), c.name(),
          nz(c.mobile()), c.role(), nz(c.areaCode()), c.status().name(), c.openedAt().toString(),
          c.answeredAt() == null ? "" : c.answeredAt().toString(), c.secondsToAnswer() == null ? "" : c.secondsToAnswer().toString(),
          nz(c.answeredByName()), c.answerChannel() == null ? "" : c.answerChannel().name(), nz(c.feedback()), String.valueOf(c.step())));
    }
    Map<String, List<String>> layout = new LinkedHashMap<>();
    layout.put("汇总", summaryColumns);
    layout.put("明细", detailColumns);
    return Sheets.write(layout, Map.of("汇总", summary, "明细", detail));
  }

  private static void addRows(List<List<String>> rows, String dimension, List<Group> groups) {
    for (Group g : groups) {
      rows.add(List.of(dimension, g.key(), String.valueOf(g.calls()), String.valueOf(g.answered()), String.valueOf(g.answerRate()),
          String.valueOf(g.answeredInFirstStep()), g.medianSeconds() == null ? "" : g.medianSeconds().toString(),
          g.p90Seconds() == null ? "" : g.p90Seconds().toString(), String.valueOf(g.escalated())));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * @param answerRate percent of calls answered
   * @param answeredInFirstStep answered before the first step's deadline, without any escalation
   */
  public record Group(String key, int calls, int answered, double answerRate, long answeredInFirstStep, Long medianSeconds,
      Long p90Seconds, long escalated) {}

  /**
   * @param escalations step → how many people were sent that escalation step
   * @param answeredAtStep step → how many calls were answered while that step was running
   * @param answerChannels LINK/WEB/SMS/PHONE/VOICE → answers
   * @param channels channel → message state → count
   */
  public record Report(Long warningId, Instant from, Instant to, long warnings, Group overall, List<Group> byLevel,
      List<Group> byTown, List<Group> byRole, Map<CalloutStep, Integer> escalations, Map<String, Integer> answeredAtStep,
      Map<String, Integer> answerChannels, Map<CalloutChannel, Map<CalloutDelivery.State, Integer>> channels,
      long unanswered) {}
}
