package org.anlan.warning;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anlan.directory.ResponsibilityRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.warning.callout}: the 叫应 cascade (docs/warning.md "叫应").
 *
 * @param answerWithin level → how long each step waits for an answer before the next; defaults in the
 *     spirit of "red: awake within 5 minutes" (RED 5 min, ORANGE 10, YELLOW 20, BLUE 30) — not a
 *     statutory figure, set it to the bureau's own rule
 * @param steps the steps after which nobody is chased any more, in order (default NOTICE, RESEND, DEPUTY, SUPERIOR);
 *     NOTICE first and once, DEPUTY and SUPERIOR at most once, RESEND as often as wanted (e.g. NOTICE, RESEND, RESEND,
 *     DEPUTY, SUPERIOR for in-app → SMS → voice with {@code stepChannels} below)
 * @param channels step → the channels its messages use (defaults: NOTICE in-app, SMS and e-mail; RESEND
 *     voice; DEPUTY in-app, SMS and voice; SUPERIOR in-app and SMS)
 * @param stepChannels position in {@code steps} (0 = NOTICE) → its channels, over {@code channels} of its kind: how
 *     two RESEND steps go out on different channels, e.g. {@code step-channels.1=SMS}, {@code step-channels.2=VOICE}
 * @param superiorTownRoles the roles asked at the town in the SUPERIOR step of a village's or a danger
 *     zone's recipient (default 镇街分管领导)
 * @param superiorDistrictRoles the roles asked at the district in the SUPERIOR step of a town's recipient
 *     (default 区分管领导); a district recipient's superior is the duty officer alone
 * @param superiorRepeatAfter a superior or duty officer gets at most one SUPERIOR message per warning in this
 *     time (default 10 min); the calls escalated to them meanwhile are recorded against them without a message
 *     (they are on the board, and one web answer acknowledges them all) — 0 sends one per call
 * @param draftSmsEvery the duty officers on shift get at most one SMS about new alarm drafts in this time (default
 *     10 min), which also says how many other alarm drafts wait; the drafts in between reach them in-app only. A
 *     warning issued at once by an area's policy is always sent by SMS. 0 sends an SMS for every draft
 * @param liftChannels the channels of the 解除 notice sent to the last round's recipients when a warning is lifted
 *     (default in-app and SMS; empty: no notice)
 * @param linkBase the public address the one-click answer links start with, e.g. https://anlan.example.gov.cn
 * @param linkValidity how long an answer link works at most (it also stops when the warning ends)
 * @param voiceConfirmKey the key that confirms in a voice call (按键确认; the call's text asks for it); blank: voice
 *     calls ask for an SMS reply instead
 */
@ConfigurationProperties("anlan.warning.callout")
public record CalloutProperties(
    Map<WarningLevel, Duration> answerWithin,
    @DefaultValue({"NOTICE", "RESEND", "DEPUTY", "SUPERIOR"}) List<CalloutStep> steps,
    Map<CalloutStep, List<CalloutChannel>> channels,
    Map<Integer, List<CalloutChannel>> stepChannels,
    @DefaultValue("TOWN_LEADER") List<ResponsibilityRole> superiorTownRoles,
    @DefaultValue("DISTRICT_LEADER") List<ResponsibilityRole> superiorDistrictRoles,
    @DefaultValue("PT10M") Duration superiorRepeatAfter,
    @DefaultValue("PT10M") Duration draftSmsEvery,
    @DefaultValue({"IN_APP", "SMS"}) List<CalloutChannel> liftChannels,
    @DefaultValue("http://localhost:8080") String linkBase,
    @DefaultValue("PT48H") Duration linkValidity,
    @DefaultValue("1") String voiceConfirmKey) {

  static final Map<WarningLevel, Duration> DEFAULT_WITHIN = Map.of(
      WarningLevel.RED, Duration.ofMinutes(5), WarningLevel.ORANGE, Duration.ofMinutes(10),
      WarningLevel.YELLOW, Duration.ofMinutes(20), WarningLevel.BLUE, Duration.ofMinutes(30));

  static final Map<CalloutStep, List<CalloutChannel>> DEFAULT_CHANNELS = Map.of(
      CalloutStep.NOTICE, List.of(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.EMAIL),
      CalloutStep.RESEND, List.of(CalloutChannel.VOICE),
      CalloutStep.DEPUTY, List.of(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.VOICE),
      CalloutStep.SUPERIOR, List.of(CalloutChannel.IN_APP, CalloutChannel.SMS));

  public CalloutProperties {
    Map<WarningLevel, Duration> within = new EnumMap<>(DEFAULT_WITHIN);
    if (answerWithin != null) {
      within.putAll(answerWithin);
    }
    within.forEach((level, d) -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("anlan.warning.callout.answer-within." + level + " must be positive, got " + d);
      }
    });
    answerWithin = Map.copyOf(within);
    if (steps.isEmpty() || steps.get(0) != CalloutStep.NOTICE
        || steps.stream().filter(s -> s != CalloutStep.RESEND).distinct().count() != steps.stream().filter(s -> s != CalloutStep.RESEND).count()) {
      throw new IllegalArgumentException("anlan.warning.callout.steps must start with NOTICE and name NOTICE, DEPUTY and SUPERIOR once"
          + " at most (RESEND may repeat), got " + steps);
    }
    steps = List.copyOf(steps);
    Map<Integer, List<CalloutChannel>> atPosition = new java.util.TreeMap<>();
    if (stepChannels != null) {
      for (Map.Entry<Integer, List<CalloutChannel>> e : stepChannels.entrySet()) {
        if (e.getKey() == null || e.getKey() < 0 || e.getKey() >= steps.size() || e.getValue() == null || e.getValue().isEmpty()) {
          throw new IllegalArgumentException("anlan.warning.callout.step-channels." + e.getKey() + " must name channels of a step"
              + " position 0.." + (steps.size() - 1) + ", got " + e.getValue());
        }
        atPosition.put(e.getKey(), List.copyOf(e.getValue()));
      }
    }
    stepChannels = java.util.Collections.unmodifiableMap(atPosition);
    Map<CalloutStep, List<CalloutChannel>> merged = new EnumMap<>(DEFAULT_CHANNELS);
    if (channels != null) {
      channels.forEach((step, list) -> merged.put(step, List.copyOf(list)));
    }
    merged.forEach((step, list) -> {
      if (list.isEmpty()) {
        throw new IllegalArgumentException("anlan.warning.callout.channels." + step + " names no channel");
      }
    });
    channels = Map.copyOf(merged);
    liftChannels = List.copyOf(liftChannels);
    superiorTownRoles = List.copyOf(superiorTownRoles);
    superiorDistrictRoles = List.copyOf(superiorDistrictRoles);
    linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    voiceConfirmKey = voiceConfirmKey == null ? "" : voiceConfirmKey.strip();
  }

  static CalloutProperties defaults() {
    return new CalloutProperties(null, List.of(CalloutStep.values()), null, null,
        List.of(ResponsibilityRole.TOWN_LEADER), List.of(ResponsibilityRole.DISTRICT_LEADER), Duration.ofMinutes(10), Duration.ofMinutes(10), List.of(CalloutChannel.IN_APP, CalloutChannel.SMS), "http://localhost:8080", Duration.ofHours(48), "1");
  }

  Duration within(WarningLevel level) {
    return answerWithin.get(level == null ? WarningLevel.BLUE : level);
  }

  /** The channels of the step at this position: its own setting, else its kind's. */
  List<CalloutChannel> channelsAt(int position) {
    List<CalloutChannel> own = stepChannels.get(position);
    return own != null ? own : channels.get(steps.get(Math.min(position, steps.size() - 1)));
  }
}
