package org.anlan.warning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.AreaLevel;
import org.anlan.directory.ResponsibilityRole;
import org.anlan.platform.AuditLog;
import org.anlan.platform.Deadline;
import org.anlan.platform.DeadlineHandler;
import org.anlan.platform.Deadlines;
import org.anlan.warning.CalloutStore.NewCall;
import org.anlan.warning.CalloutStore.StepRow;
import org.anlan.warning.CalloutStore.TokenRow;
import org.anlan.warning.RecipientSources.Contact;
import org.anlan.warning.RecipientSources.Place;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 叫应: the cascade behind an issued warning (docs/warning.md "叫应"). Issuing or updating a warning opens a
 * round: one call per frozen recipient, the NOTICE messages queued through {@link CalloutSender} and one
 * platform deadline per call, all in the issuing transaction. A deadline that fires on an unanswered call
 * takes the next configured step (next channel, deputy, superior and duty officer), each recorded, each
 * person sent a step once; after the last step the call reads UNANSWERED. Answers come by one-click
 * link, from the web, by SMS reply ({@link CalloutReplies}) or recorded by staff; the first answer closes
 * the call and cancels its deadline.
 */
@Service
@Transactional
class Callouts implements DeadlineHandler, CalloutReplies {

  static final String KIND = "warning.callout";
  static final String AUDIT_TYPE = "warning.call";

  private final CalloutStore store;
  private final CalloutProperties properties;
  private final RecipientSources sources;
  private final Deadlines deadlines;
  private final CalloutSender sender;
  private final List<DutyOfficers> duty;
  private final Warnings warnings;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final CalloutTexts texts;
  private final SecureRandom random = new SecureRandom();
  private final BoardStream board;

  Callouts(CalloutStore store, CalloutProperties properties, RecipientSources sources, Deadlines deadlines,
      CalloutSender sender, List<DutyOfficers> duty, Warnings warnings, AuditLog audit, ApplicationEventPublisher events,
      Clock clock, WarningProperties warningProperties, BoardStream board) {
    this.board = board;
    this.store = store;
    this.properties = properties;
    this.sources = sources;
    this.deadlines = deadlines;
    this.sender = sender;
    this.duty = duty;
    this.warnings = warnings;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.texts = new CalloutTexts(shortSender(warningProperties.senderName()), properties.voiceConfirmKey());
  }

  private static String shortSender(String name) {
    return name.startsWith("重庆市") ? name.substring(3) : name;
  }

  static String ref(long warningId, long callId, int step) {
    return warningId + ":" + callId + ":" + step;
  }

  /** Opens the round of a warning just issued or updated: earlier rounds close, every recipient gets the NOTICE. */
  void open(Warning w, List<Recipient> recipients) {
    Instant now = clock.instant();
    close(w.id, now);
    if (recipients.isEmpty()) {
      return;
    }
    Instant due = now.plus(properties.within(w.level));
    Map<Long, Contact> contacts = sources.contacts(recipients.stream().map(Recipient::personId).toList());
    Map<String, String> towns = new LinkedHashMap<>();
    List<NewCall> fresh = recipients.stream().map(r -> {
      Contact c = contacts.get(r.personId());
      String mobile = r.mobile() != null ? r.mobile() : c == null ? null : c.mobile();
      return new NewCall(r.personId(), r.name(), mobile, c == null ? null : c.email(), r.reasons().get(0), r.areaCode(),
          r.areaCode() == null ? null : towns.computeIfAbsent(r.areaCode(), this::townOf), r.zoneId());
    }).toList();
    Map<Long, Call> calls = store.insertCalls(w.id, w.issueCount, w.level, fresh, now, due);
    List<Target> targets = new ArrayList<>();
    for (Recipient r : recipients) {
      Call call = calls.get(r.personId());
      targets.add(new Target(call, call.personId(), call.name(), call.mobile(), call.email(), null));
    }
    send(w, 0, CalloutStep.NOTICE, targets, now, due);
    deadlines.scheduleAll(KIND, calls.values().stream().map(c -> new Deadlines.Step(ref(w.id, c.id(), 0), due, null)).toList());
    board.changed(w.id);
  }

  /**
   * 告知值班员: a warning draft made from an alarm (or raised to {@code level}) is told at once to the duty
   * officers on shift, in-app and by SMS, with a link to the draft. No answer is asked (the approval is the
   * answer); the messages are recorded like any other. With {@code mergeSms} (drafts waiting for a person, not
   * warnings a policy issued) the SMS goes only when none went in the last {@code draft-sms-every}, and it says how
   * many other alarm drafts wait: a storm's hundred alarms make one SMS, not a hundred; in-app always.
   */
  void tellDutyOfficers(Warning w, String what, boolean mergeSms) {
    Instant now = clock.instant();
    String link = properties.linkBase() + "/#/warning/warnings/" + w.id;
    String level = w.level == null ? "" : w.level.label();
    String text = "【" + texts.sender() + "】" + what + "：" + w.title + "（" + level + "），请及时核实、审批或发布：" + link;
    List<CalloutChannel> channels = List.of(CalloutChannel.IN_APP, CalloutChannel.SMS);
    String smsText = text;
    if (mergeSms && !properties.draftSmsEvery().isZero()) {
      if (store.dutySmsBetween(now.minus(properties.draftSmsEvery()), now)) {
        channels = List.of(CalloutChannel.IN_APP); // one SMS a while ago already sent them to the platform
      } else {
        int others = store.alarmDraftsWaiting(w.id);
        smsText = others == 0 ? text : text + "（另有 " + others + " 条告警预警草稿待处理）";
      }
    }
    List<CalloutMessage> messages = new ArrayList<>();
    for (DutyOfficers roster : duty) {
      for (DutyOfficers.OnDuty d : roster.onDuty(now)) {
        for (CalloutChannel channel : channels) {
          messages.add(new CalloutMessage("warning:" + w.id + ":draft:" + (w.level == null ? "NONE" : w.level.name()) + ":"
              + now.toEpochMilli() + ":person:" + d.personId() + ":" + channel.name(), d.personId(), d.name(), d.mobile(),
              d.email(), channel, what + "：" + w.title, channel == CalloutChannel.SMS ? smsText : text, link, null,
              w.level == null ? 1 : 5 - w.level.grade(), Map.of("level", level, "title", w.title, "link", link)));
        }
      }
    }
    if (!messages.isEmpty()) {
      if (mergeSms && channels.contains(CalloutChannel.SMS)) {
        store.markDutySms(w.id, now);
      }
      sender.queue(messages);
    }
  }

  /**
   * 解除通知: tells the recipients of the warning's last round that it was lifted, on the lift channels; no
   * answer is asked. In the lifting transaction.
   */
  void tellLifted(Warning w, String reason) {
    int round = store.latestRound(w.id);
    if (round == 0 || properties.liftChannels().isEmpty()) {
      return;
    }
    String level = w.level == null ? "" : w.level.label();
    String text = "【" + texts.sender() + "】" + level + "预警《" + w.title + "》已解除" + (reason == null ? "" : "：" + reason) + "。";
    List<CalloutMessage> messages = new ArrayList<>();
    for (Call c : store.round(w.id, round)) {
      for (CalloutChannel channel : properties.liftChannels()) {
        messages.add(new CalloutMessage("warning:" + w.id + ":lift:" + round + ":person:" + c.personId() + ":" + channel.name(),
            c.personId(), c.name(), c.mobile(), c.email(), channel, "预警解除：" + w.title, text, null, null, 1,
            Map.of("level", level, "title", w.title, "name", c.name())));
      }
    }
    sender.queue(messages);
  }

  /** Closes the open calls of the warning (lifted, or superseded by a new round) and cancels their deadlines. */
  void close(long warningId, Instant now) {
    store.closeOpen(warningId, now);
    deadlines.cancelAll(KIND, warningId + ":");
    board.changed(warningId);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** A step's deadline passed: escalate the call unless it was answered, closed or has moved on. */
  @Override
  public void handle(Deadline deadline) {
    handleAll(List.of(deadline));
  }

  /**
   * Several steps' deadlines passed at once (a red warning's ten thousand calls fall due together): each call
   * escalates as {@link #handle} would on its own, with the calls locked in one query, each warning read once
   * and the steps, links, messages and next deadlines of all of them written in a few statements.
   */
  @Override
  public void handleAll(List<Deadline> due) {
    Map<Long, Integer> stepOf = new LinkedHashMap<>();
    for (Deadline d : due) {
      String[] parts = d.ref().split(":");
      stepOf.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
    }
    Map<Long, Call> calls = store.lockAll(stepOf.keySet());
    Instant now = clock.instant();
    Map<Long, java.util.Optional<Warning>> read = new HashMap<>();
    java.util.Set<Long> over = new java.util.LinkedHashSet<>();
    List<StepRow> gaps = new ArrayList<>();
    Map<String, Sending> sends = new LinkedHashMap<>();
    List<CalloutStore.Advance> advances = new ArrayList<>();
    List<Deadlines.Step> nextSteps = new ArrayList<>();
    List<Long> exhausted = new ArrayList<>();
    List<WarningEscalated> escalated = new ArrayList<>();
    int last = properties.steps().size() - 1;
    for (Map.Entry<Long, Integer> e : stepOf.entrySet()) {
      Call call = calls.get(e.getKey());
      if (call == null || call.status() != Call.Status.WAITING || call.step() != e.getValue()) {
        continue;
      }
      Warning w = read.computeIfAbsent(call.warningId(), warnings::findById).orElse(null);
      if (w == null || !w.statusAt(now).live()) {
        over.add(call.warningId());
        continue;
      }
      Instant dueAt = now.plus(properties.within(w.level));
      int next = e.getValue() + 1;
      List<Target> targets = List.of();
      while (next <= last) {
        CalloutStep kind = properties.steps().get(next);
        targets = targets(kind, call, now);
        if (!targets.isEmpty()) {
          break;
        }
        gaps.add(new StepRow(call.id(), w.id, next, kind, 0, null, null, "", now, now, nobody(kind)));
        next++;
      }
      if (next > last) {
        advances.add(new CalloutStore.Advance(call.id(), last, call.dueAt()));
        exhausted.add(call.id());
        escalated.add(new WarningEscalated(w.id, call.id(), last, null, true));
        continue;
      }
      CalloutStep kind = properties.steps().get(next);
      int step = next;
      sends.computeIfAbsent(w.id + ":" + next, k -> new Sending(w, step, kind, dueAt, new ArrayList<>()))
          .targets().addAll(targets);
      advances.add(new CalloutStore.Advance(call.id(), next, dueAt));
      nextSteps.add(new Deadlines.Step(ref(w.id, call.id(), next), dueAt, null));
      escalated.add(new WarningEscalated(w.id, call.id(), next, kind, false));
    }
    over.forEach(warningId -> close(warningId, now));
    if (!gaps.isEmpty()) {
      store.insertSteps(gaps);
    }
    for (Sending s : sends.values()) {
      send(s.warning(), s.step(), s.kind(), s.targets(), now, s.dueAt());
    }
    store.advance(advances);
    store.exhaust(exhausted);
    deadlines.scheduleAll(KIND, nextSteps);
    escalated.forEach(events::publishEvent);
    board.changed(calls.values().stream().map(Call::warningId).distinct().toList());
  }

  /** The targets of one warning's calls that move on to the same step. */
  private record Sending(Warning warning, int step, CalloutStep kind, Instant dueAt, List<Target> targets) {}

  private static String nobody(CalloutStep kind) {
    return switch (kind) {
      case DEPUTY -> "无可用AB岗 no available deputy";
      case SUPERIOR -> "无上级责任人，值班表无人在班 no superior, nobody on the duty roster";
      default -> "无联系方式 no contact";
    };
  }

  /** Who a step goes to. */
  private List<Target> targets(CalloutStep kind, Call call, Instant now) {
    return switch (kind) {
      case NOTICE, RESEND -> List.of(new Target(call, call.personId(), call.name(), call.mobile(), call.email(), null));
      case DEPUTY -> {
        Contact d = sources.deputyOf(call.personId(), call.areaCode(), call.zoneId());
        yield d == null ? List.of() : List.of(new Target(call, d.personId(), d.name(), d.mobile(), d.email(), "AB岗"));
      }
      case SUPERIOR -> superiors(call, now);
    };
  }

  /** The responsible people of the area above the call's, then the duty officers on shift; each once, never the call's own person. */
  private List<Target> superiors(Call call, Instant now) {
    Map<Long, Target> found = new LinkedHashMap<>();
    Place area = call.areaCode() == null ? null : sources.area(call.areaCode());
    String above = null;
    List<ResponsibilityRole> roles = List.of();
    if (area != null && (call.zoneId() != null || area.level() == AreaLevel.VILLAGE)) {
      above = call.townCode();
      roles = properties.superiorTownRoles();
    } else if (area != null && area.level() == AreaLevel.TOWN) {
      above = sources.district().code();
      roles = properties.superiorDistrictRoles();
    }
    if (above != null) {
      List<RecipientSources.Answer> answers = new ArrayList<>();
      for (ResponsibilityRole role : roles) {
        answers.addAll(sources.responsible(above, role.name()));
      }
      Map<Long, Contact> contacts = sources.contacts(answers.stream().map(RecipientSources.Answer::personId).toList());
      for (RecipientSources.Answer a : answers) {
        Contact c = contacts.get(a.personId());
        found.putIfAbsent(a.personId(), new Target(call, a.personId(), a.name(), a.mobile(), c == null ? null : c.email(), "上级"));
      }
    }
    for (DutyOfficers roster : duty) {
      for (DutyOfficers.OnDuty d : roster.onDuty(now)) {
        found.putIfAbsent(d.personId(), new Target(call, d.personId(), d.name(), d.mobile(), d.email(), d.post()));
      }
    }
    found.remove(call.personId());
    return List.copyOf(found.values());
  }

  /** Records the step for each target (skipping anyone already sent this step), issues their answer links and queues the messages. */
  private void send(Warning w, int step, CalloutStep kind, List<Target> targets, Instant now, Instant due) {
    List<CalloutChannel> channels = properties.channelsAt(step);
    String channelList = String.join(",", channels.stream().map(Enum::name).toList());
    boolean merging = kind == CalloutStep.SUPERIOR && !properties.superiorRepeatAfter().isZero();
    java.util.Set<Long> messaged = merging
        ? store.messagedSince(w.id, kind, targets.stream().map(Target::personId).distinct().toList(),
            now.minus(properties.superiorRepeatAfter()))
        : java.util.Set.of();
    // a superior reached for several calls at once is messaged for the first and merged for the rest, as if one by one
    java.util.Set<Long> first = new java.util.HashSet<>();
    boolean[] merged = new boolean[targets.size()];
    List<StepRow> rows = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      merged[i] = merging && (messaged.contains(t.personId()) || !first.add(t.personId()));
      rows.add(merged[i]
          ? new StepRow(t.call().id(), w.id, step, kind, t.personId(), t.name(), t.mobile(), "", now, due,
              (t.as() == null ? "" : t.as() + "；") + "合并提醒，见叫应看板 merged into an earlier reminder")
          : new StepRow(t.call().id(), w.id, step, kind, t.personId(), t.name(), t.mobile(), channelList, now, due, t.as()));
    }
    boolean[] added;
    if (step == 0) { // the NOTICE of calls just opened: nothing to skip
      store.insertNewSteps(rows);
      added = new boolean[rows.size()];
      java.util.Arrays.fill(added, true);
    } else {
      added = store.insertSteps(rows);
    }
    Instant expires = now.plus(properties.linkValidity());
    if (w.expires != null && w.expires.isBefore(expires)) {
      expires = w.expires;
    }
    List<TokenRow> tokens = new ArrayList<>();
    List<CalloutMessage> messages = new ArrayList<>();
    int priority = w.level == null ? 1 : 5 - w.level.grade();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (!added[i] || merged[i]) {
        continue;
      }
      String token = newToken();
      tokens.add(new TokenRow(hash(token), t.call().id(), t.personId(), step, expires));
      String link = properties.linkBase() + "/a/" + token;
      String subject = texts.subject(w, kind, t.call());
      Map<String, String> params = texts.params(w, t.call(), link, due);
      String prefix = "warning:" + w.id + ":call:" + t.call().id() + ":step:" + step + ":person:" + t.personId() + ":";
      for (CalloutChannel channel : channels) {
        messages.add(new CalloutMessage(prefix + channel.name(), t.personId(), t.name(), t.mobile(), t.email(), channel,
            subject, texts.text(w, kind, t.call(), link, due, channel), channel == CalloutChannel.VOICE ? null : link, due,
            priority, params));
      }
    }
    store.insertTokens(tokens);
    sender.queue(messages);
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String townOf(String areaCode) {
    for (Place p = sources.area(areaCode); p != null; p = p.parent() == null ? null : sources.area(p.parent())) {
      if (p.level() == AreaLevel.TOWN) {
        return p.code();
      }
    }
    return null;
  }

  // ---- answers

  /**
   * Records an answer on the call if it is still open (a late one after every step counts too) and
   * cancels its pending step; a repeated answer only adds feedback the first one lacked.
   *
   * @param who for the audit log: the user name, or {@code link:<name>} / {@code sms:<name>} without a login
   * @return the call as answered now, or null when it was answered before (then only feedback may have been added)
   */
  Call answer(Call call, long byPerson, String byName, Call.AnswerChannel channel, String feedback, String who) {
    return answerAll(List.of(new Answering(call, byPerson, byName, channel, feedback, who))).get(0);
  }

  /** One answer for {@link #answerAll}: the call as read (row-locked) in this transaction. */
  record Answering(Call call, long byPerson, String byName, Call.AnswerChannel channel, String feedback, String who) {}

  /**
   * Records a group of answers in few statements, in order, as {@link #answer} would one by one: the first
   * answer to a call answers it, a later one (in the group or after an earlier answer) only adds feedback
   * the call lacks. Returns, in order, each call as answered now, or null.
   */
  List<Call> answerAll(List<Answering> group) {
    Instant now = clock.instant();
    List<Call> out = new ArrayList<>(java.util.Collections.nCopies(group.size(), (Call) null));
    java.util.Set<Long> answering = new java.util.HashSet<>(); // calls an earlier answer of the group answers
    List<CalloutStore.AnswerRow> rows = new ArrayList<>();
    List<Integer> rowOf = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      Answering a = group.get(i);
      Call c = a.call();
      if ((c.status() == Call.Status.WAITING || c.status() == Call.Status.UNANSWERED) && answering.add(c.id())) {
        rows.add(new CalloutStore.AnswerRow(c.id(), now, a.byPerson(), a.byName(), a.channel(), feedbackOf(a),
            a.channel() == Call.AnswerChannel.PHONE ? a.who() : null));
        rowOf.add(i);
      }
    }
    boolean[] done = rows.isEmpty() ? new boolean[0] : store.answer(rows);
    List<String> cancel = new ArrayList<>();
    List<AuditLog.Change> changes = new ArrayList<>();
    List<WarningAcknowledged> acknowledged = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      int i = rowOf.get(k);
      Answering a = group.get(i);
      Call call = a.call();
      if (!done[k]) {
        continue;
      }
      String fb = feedbackOf(a);
      cancel.add(ref(call.warningId(), call.id(), call.step()));
      boolean late = call.status() == Call.Status.UNANSWERED;
      changes.add(new AuditLog.Change(a.who(), AUDIT_TYPE, String.valueOf(call.id()), call.areaCode(), "answer",
          Map.of("status", call.status().name()), answerRecord(a.byPerson(), a.byName(), a.channel(), fb, now, late)));
      acknowledged.add(new WarningAcknowledged(call.warningId(), call.id(), call.personId(), a.byPerson(), a.channel(), now, late));
      out.set(i, new Call(call.id(), call.warningId(), call.round(), call.level(), call.personId(), call.name(), call.mobile(),
          call.email(), call.role(), call.areaCode(), call.townCode(), call.zoneId(), call.step(), Call.Status.ANSWERED,
          call.openedAt(), call.dueAt(), now, a.byPerson(), a.byName(), a.channel(), fb,
          a.channel() == Call.AnswerChannel.PHONE ? a.who() : null, call.closedAt()));
    }
    if (!cancel.isEmpty()) {
      deadlines.cancelEach(KIND, cancel);
      audit.recordAllAs(changes);
      acknowledged.forEach(events::publishEvent);
    }
    for (int i = 0; i < group.size(); i++) {
      Answering a = group.get(i);
      String fb = feedbackOf(a);
      if (out.get(i) == null && fb != null && store.addFeedback(a.call().id(), fb)) {
        audit.recordAs(a.who(), AUDIT_TYPE, String.valueOf(a.call().id()), a.call().areaCode(), "feedback", null, Map.of("feedback", fb));
      }
    }
    board.changed(group.stream().map(a -> a.call().warningId()).distinct().toList());
    return out;
  }

  private static String feedbackOf(Answering a) {
    return a.feedback() == null || a.feedback().isBlank() ? null : a.feedback().strip();
  }

  private static Map<String, Object> answerRecord(long byPerson, String byName, Call.AnswerChannel channel, String fb,
      Instant at, boolean late) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ANSWERED");
    m.put("answeredBy", byPerson);
    m.put("answeredByName", byName);
    m.put("channel", channel.name());
    m.put("feedback", fb);
    m.put("at", at.toString());
    m.put("late", late);
    return m;
  }

  /** SMS reply: answers the calls that reached this number (the one named by {@code inReplyTo}, else the newest warning's). */
  @Override
  public int reply(String mobile, String text, Instant receivedAt, String inReplyTo) {
    return answerByNumber(mobile, text, inReplyTo, Call.AnswerChannel.SMS, "sms:");
  }

  /** Voice call answered with keys: if they hold the confirm key, as an SMS reply without text, by the voice channel. */
  @Override
  public int keyed(String mobile, String keys, Instant at, String correlation) {
    if (keys == null || properties.voiceConfirmKey().isEmpty() || !keys.contains(properties.voiceConfirmKey())) {
      return 0;
    }
    return answerByNumber(mobile, null, correlation, Call.AnswerChannel.VOICE, "voice:");
  }

  private int answerByNumber(String mobile, String text, String inReplyTo, Call.AnswerChannel channel, String whoPrefix) {
    if (mobile == null || mobile.isBlank()) {
      return 0;
    }
    List<Map.Entry<Call, Long>> open = store.openCallsReachingMobile(normalise(mobile));
    if (open.isEmpty()) {
      return 0;
    }
    long named = repliedCall(inReplyTo);
    boolean namedIsOpen = open.stream().anyMatch(e -> e.getKey().id() == named);
    long newest = open.stream().mapToLong(e -> e.getKey().warningId()).max().orElseThrow();
    int answered = 0;
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (Map.Entry<Call, Long> e : open) {
      Call call = e.getKey();
      boolean wanted = namedIsOpen ? call.id() == named : call.warningId() == newest;
      if (!wanted || !seen.add(call.id())) {
        continue;
      }
      Call locked = store.lock(call.id()).orElse(call);
      String name = nameOf(e.getValue(), locked);
      if (answer(locked, e.getValue(), name, channel, text, whoPrefix + name) != null) {
        answered++;
      }
    }
    return answered;
  }

  /** The call id in a correlation {@code warning:W:call:C:…}, -1 when there is none. */
  private static long repliedCall(String correlation) {
    String[] p = correlation == null ? new String[0] : correlation.split(":");
    if (p.length >= 4 && p[0].equals("warning") && p[2].equals("call")) {
      try {
        return Long.parseLong(p[3]);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  private String nameOf(long personId, Call call) {
    if (personId == call.personId()) {
      return call.name();
    }
    return store.steps(List.of(call.id())).stream().filter(s -> s.personId() == personId).map(StepRow::name)
        .findFirst().orElse(String.valueOf(personId));
  }

  static String normalise(String mobile) {
    String digits = mobile.replaceAll("[^0-9]", "");
    return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
  }

  /** One person a step goes to; {@code as} says in what capacity when not the recipient (AB岗, 上级, 值班员). */
  record Target(Call call, long personId, String name, String mobile, String email, String as) {}
}
