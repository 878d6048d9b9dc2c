package org.anlan.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.anlan.platform.Actor;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.anlan.warning.CalloutStore.StepRow;
import org.anlan.warning.RecipientSources.Place;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.transaction.annotation.Transactional;

/**
 * 叫应 for people and screens: answering (by one-click link without login, logged in, or recorded by staff
 * for someone who answered by phone), the live board of a warning and its full response record. Calls
 * outside the caller's scope are not shown (a town officer sees their town's calls of a district warning).
 */
@Service
@Transactional
public class CalloutDesk {

  private final CalloutStore store;
  private final Callouts callouts;
  private final WarningDesk warnings;
  private final WarningScope scope;
  private final RecipientSources sources;
  private final CalloutSender sender;
  private final CalloutProperties properties;
  private final Clock clock;
  private final Map<Long, Recent> recentWarnings = new java.util.concurrent.ConcurrentHashMap<>();

  private final BoardStream boardStream;

  CalloutDesk(CalloutStore store, Callouts callouts, WarningDesk warnings, WarningScope scope,
      RecipientSources sources, CalloutSender sender, CalloutProperties properties, Clock clock, BoardStream boardStream) {
    this.boardStream = boardStream;
    this.store = store;
    this.callouts = callouts;
    this.warnings = warnings;
    this.scope = scope;
    this.sources = sources;
    this.sender = sender;
    this.properties = properties;
    this.clock = clock;
  }

  // ---- one-click links (no login)

  /** What the answer page shows for a link; 404 {@code warning.answer-link-unknown}. */
  @Transactional(readOnly = true)
  public AnswerPage link(String token) {
    CalloutStore.TokenRow t = token(token);
    return page(t, store.call(t.callId()).orElseThrow());
  }

  /** Answers through a link: 409 when it expired or its round was closed (lifted or updated since). */
  public AnswerPage answerByLink(String token, String feedback) {
    return answerByLinks(List.of(new LinkAnswer(token, feedback))).get(0).orThrow();
  }

  /** One click on an answer link. */
  public record LinkAnswer(String token, String feedback) {}

  /** What became of one click: the page to show, or the problem (404 unknown link, 409 expired or closed). */
  public record LinkResult(AnswerPage page, RuntimeException problem) {

    /** The page, or the problem thrown. */
    public AnswerPage orThrow() {
      if (problem != null) {
        throw problem;
      }
      return page;
    }
  }

  /**
   * Answers a group of clicks in this one transaction (the calls locked in one statement, the answers, cancelled
   * steps and audit lines written in a few): each click as {@link #answerByLink} would, in order; a click's
   * problem is its own and the others still count.
   */
  public List<LinkResult> answerByLinks(List<LinkAnswer> clicks) {
    String[] hashes = new String[clicks.size()];
    LinkResult[] results = new LinkResult[clicks.size()];
    for (int i = 0; i < clicks.size(); i++) {
      try {
        hashes[i] = hashOf(clicks.get(i).token());
      } catch (RuntimeException e) {
        results[i] = new LinkResult(null, e);
      }
    }
    Map<String, Map.Entry<CalloutStore.TokenRow, Call>> found = store.lockByTokens(
        java.util.Arrays.stream(hashes).filter(Objects::nonNull).collect(Collectors.toSet()));
    Instant now = clock.instant();
    List<Callouts.Answering> answering = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < clicks.size(); i++) {
      if (hashes[i] == null) {
        continue; // a malformed link: its problem is set
      }
      Map.Entry<CalloutStore.TokenRow, Call> f = found.get(hashes[i]);
      if (f == null) {
        results[i] = new LinkResult(null, new NotFoundException("warning.answer-link-unknown"));
      } else if (!f.getKey().expiresAt().isAfter(now)) {
        results[i] = new LinkResult(null, new ConflictException("warning.answer-link-expired"));
      } else if (f.getValue().status() == Call.Status.CLOSED) {
        results[i] = new LinkResult(null, new ConflictException("warning.call-closed"));
      } else {
        Call call = f.getValue();
        String name = nameOf(call, f.getKey().personId());
        answering.add(new Callouts.Answering(call, f.getKey().personId(), name, Call.AnswerChannel.LINK, clicks.get(i).feedback(),
            "link:" + name));
        index.add(i);
      }
    }
    List<Call> answered = answering.isEmpty() ? List.of() : callouts.answerAll(answering);
    for (int k = 0; k < index.size(); k++) {
      int i = index.get(k);
      CalloutStore.TokenRow t = found.get(hashes[i]).getKey();
      Call call = answered.get(k) != null ? answered.get(k) : store.call(answering.get(k).call().id()).orElseThrow();
      results[i] = new LinkResult(page(t, call), null);
    }
    return List.of(results);
  }

  private CalloutStore.TokenRow token(String token) {
    return store.token(hashOf(token)).orElseThrow(() -> new NotFoundException("warning.answer-link-unknown"));
  }

  private static String hashOf(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new NotFoundException("warning.answer-link-unknown");
    }
    return Callouts.hash(token);
  }

  private String nameOf(Call call, long personId) {
    return personId == call.personId() ? call.name()
        : store.steps(List.of(call.id())).stream().filter(s -> s.personId() == personId).map(StepRow::name)
            .filter(Objects::nonNull).findFirst().orElse(call.name());
  }

  private AnswerPage page(CalloutStore.TokenRow t, Call call) {
    Warning w = recent(call.warningId());
    Instant now = clock.instant();
    return new AnswerPage(w.id, w.type, w.level, w.title, w.body, w.instructions, w.measureSet(), w.statusAt(now),
        w.expires, nameOf(call, t.personId()), t.personId() == call.personId() ? call.role() : "代 " + call.name() + "（" + call.role() + "）接收",
        call.status(), call.dueAt(), call.answeredAt(), call.answeredByName(), call.feedback(),
        !t.expiresAt().isAfter(now));
  }

  /**
   * The warning for an answer page, read at most every 2 s per warning: ten thousand people answer the same
   * warning within minutes, and whether their call is still open comes from the call row, not from this.
   */
  private Warning recent(long warningId) {
    long now = System.nanoTime();
    Recent r = recentWarnings.get(warningId);
    if (r == null || now - r.at() > 2_000_000_000L) {
      r = new Recent(warnings.load(warningId), now);
      if (recentWarnings.size() > 100) {
        recentWarnings.clear();
      }
      recentWarnings.put(warningId, r);
    }
    return r.warning();
  }

  private record Recent(Warning warning, long at) {}

  /**
   * The answer page's content.
   *
   * @param as the role in which the link's person was asked
   * @param linkExpired true when the link can no longer answer
   */
  public record AnswerPage(long warningId, WarningType type, WarningLevel level, String title, String body,
      String instructions, java.util.Set<Measure> measures, WarningStatus warningStatus, Instant expires, String name,
      String as, Call.Status status, Instant dueAt, Instant answeredAt, String answeredBy, String feedback,
      boolean linkExpired) {}

  // ---- logged in

  /** The open calls that reached the caller's person (recipient, deputy, superior or duty officer), newest first. */
  @Transactional(readOnly = true)
  public List<Call> mine() {
    Long person = scope.current().personId();
    return person == null ? List.of() : store.openCallsReaching(person, null);
  }

  /** Answers, as the caller's person, every open call of the warning that reached them; 422 when nothing waits for them. */
  public List<Call> answerMine(long warningId, String feedback) {
    Actor actor = scope.current();
    warnings.load(warningId);
    if (actor.personId() == null) {
      throw new RuleViolatedException("warning.answer-no-person", actor.username());
    }
    List<Call> open = store.openCallsReaching(actor.personId(), warningId);
    if (open.isEmpty()) {
      throw new RuleViolatedException("warning.answer-nothing-open", warningId);
    }
    List<Call> answered = new ArrayList<>();
    for (Call c : open) {
      Call locked = store.lock(c.id()).orElseThrow();
      callouts.answer(locked, actor.personId(), nameOf(locked, actor.personId()), Call.AnswerChannel.WEB, feedback, actor.username());
      answered.add(store.call(c.id()).orElseThrow());
    }
    return answered;
  }

  /** 代为确认: staff record that the recipient answered by phone; needs change rights over the call's area. */
  public Call answerOnBehalf(long warningId, long callId, String feedback) {
    Call call = store.lock(callId).filter(c -> c.warningId() == warningId)
        .orElseThrow(() -> new NotFoundException("warning.call-not-found", callId));
    Actor actor = scope.requireChangeable(List.of(call.areaCode() == null ? sources.district().code() : call.areaCode()));
    if (call.status() == Call.Status.CLOSED) {
      throw new ConflictException("warning.call-closed");
    }
    callouts.answer(call, call.personId(), call.name(), Call.AnswerChannel.PHONE, feedback, actor.username());
    return store.call(callId).orElseThrow();
  }

  // ---- board and record

  /**
   * 叫应看板推送: a stream that tells when the warning's calls changed, for whoever may see the warning (the board
   * itself, read again on each event, keeps to their scope).
   */
  public SseEmitter boardStream(long warningId) {
    warnings.warning(warningId);
    return boardStream.subscribe(warningId);
  }

  /** 叫应看板: the newest round of the warning, per town and place, with countdowns (due times) and totals. */
  @Transactional(readOnly = true)
  public Board board(long warningId) {
    WarningSummary w = warnings.warning(warningId);
    int round = store.latestRound(warningId);
    List<Call> calls = visibleCalls(store.round(warningId, round));
    Map<String, String> names = new HashMap<>();
    Map<String, List<Call>> byTown = calls.stream().collect(Collectors.groupingBy(
        c -> c.townCode() == null ? "" : c.townCode(), LinkedHashMap::new, Collectors.toList()));
    List<BoardTown> towns = new ArrayList<>();
    byTown.forEach((town, list) -> {
      Map<String, List<Call>> byPlace = list.stream().collect(Collectors.groupingBy(
          c -> c.areaCode() == null ? "" : c.areaCode(), LinkedHashMap::new, Collectors.toList()));
      List<BoardPlace> places = byPlace.entrySet().stream()
          .map(e -> new BoardPlace(e.getKey(), name(e.getKey(), names), counts(e.getValue()),
              e.getValue().stream().map(this::row).toList()))
          .sorted(Comparator.comparing(BoardPlace::code)).toList();
      towns.add(new BoardTown(town, town.isEmpty() ? "区级" : name(town, names), counts(list), places));
    });
    towns.sort(Comparator.comparing((BoardTown t) -> !t.code().isEmpty()).thenComparing(BoardTown::code));
    return new Board(warningId, w.level(), w.title(), w.status(), round, clock.instant(), counts(calls), towns);
  }

  private BoardRow row(Call c) {
    CalloutStep kind = c.step() < properties.steps().size() ? properties.steps().get(c.step()) : null;
    return new BoardRow(c.id(), c.personId(), c.name(), c.role(), c.zoneId(), c.status(), c.step(), kind, c.dueAt(),
        c.answeredAt(), c.answeredByName(), c.answerChannel(), c.feedback(), c.secondsToAnswer());
  }

  private String name(String code, Map<String, String> names) {
    return code.isEmpty() ? "" : names.computeIfAbsent(code, k -> {
      Place p = sources.area(k);
      return p == null ? k : p.name();
    });
  }

  static Counts counts(Collection<Call> calls) {
    int answered = 0;
    int waiting = 0;
    int unanswered = 0;
    int closed = 0;
    int escalated = 0;
    for (Call c : calls) {
      switch (c.status()) {
        case ANSWERED -> answered++;
        case WAITING -> waiting++;
        case UNANSWERED -> unanswered++;
        case CLOSED -> closed++;
      }
      if (c.step() > 0) {
        escalated++;
      }
    }
    return new Counts(calls.size(), answered, waiting, unanswered, closed, escalated);
  }

  /** Each call of every round, its steps (who, which channels, when) with what became of each message. */
  @Transactional(readOnly = true)
  public List<Response> responses(long warningId) {
    List<Call> calls = calls(warningId);
    Map<Long, List<StepRow>> steps = store.stepsOfWarning(warningId).stream()
        .collect(Collectors.groupingBy(StepRow::callId));
    Map<String, List<CalloutDelivery>> deliveries = sender.deliveries(List.of("warning:" + warningId + ":")).stream()
        .collect(Collectors.groupingBy(d -> d.correlation().substring(0, d.correlation().lastIndexOf(':') + 1)));
    return calls.stream().map(c -> new Response(c.id(), c.round(), c.level(), c.personId(), c.name(), c.mobile(), c.role(),
        c.areaCode(), c.townCode(), c.zoneId(), c.status(), c.openedAt(), c.dueAt(), c.answeredAt(), c.answeredBy(),
        c.answeredByName(), c.answerChannel(), c.feedback(), c.recordedBy(), c.secondsToAnswer(),
        steps.getOrDefault(c.id(), List.of()).stream().map(s -> new ResponseStep(s.step(), s.kind(), s.personId() == 0 ? null : s.personId(),
            s.name(), s.channels().isEmpty() ? List.of() : List.of(s.channels().split(",")), s.at(), s.dueAt(), s.note(),
            deliveries.getOrDefault("warning:" + warningId + ":call:" + c.id() + ":step:" + s.step() + ":person:" + s.personId() + ":", List.of())))
            .toList()))
        .toList();
  }

  /** Every call of every round of the warning that the caller may see; 403/404 for the warning as elsewhere. */
  @Transactional(readOnly = true)
  public List<Call> calls(long warningId) {
    warnings.warning(warningId);
    List<Call> calls = new ArrayList<>();
    int latest = store.latestRound(warningId);
    for (int r = 1; r <= latest; r++) {
      calls.addAll(visibleCalls(store.round(warningId, r)));
    }
    return calls;
  }

  List<Call> visibleCalls(List<Call> calls) {
    Actor actor = scope.current();
    if (actor.scope().value().equals(sources.district().code())) {
      return calls;
    }
    return calls.stream().filter(c -> c.areaCode() != null && sources.isWithin(c.areaCode(), actor.scope().value())).toList();
  }

  public record Counts(int total, int answered, int waiting, int unanswered, int closed, int escalated) {}

  public record Board(long warningId, WarningLevel level, String title, WarningStatus status, int round, Instant now,
      Counts counts, List<BoardTown> towns) {}

  public record BoardTown(String code, String name, Counts counts, List<BoardPlace> places) {}

  public record BoardPlace(String code, String name, Counts counts, List<BoardRow> calls) {}

  /** @param stepKind the step now running (or the last one, when every step is spent) */
  public record BoardRow(long callId, long personId, String name, String role, Long zoneId, Call.Status status, int step,
      CalloutStep stepKind, Instant dueAt, Instant answeredAt, String answeredBy, Call.AnswerChannel answerChannel,
      String feedback, Long secondsToAnswer) {}

  public record Response(long callId, int round, WarningLevel level, long personId, String name, String mobile, String role,
      String areaCode, String townCode, Long zoneId, Call.Status status, Instant openedAt, Instant dueAt,
      Instant answeredAt, Long answeredBy, String answeredByName, Call.AnswerChannel answerChannel, String feedback,
      String recordedBy, Long secondsToAnswer, List<ResponseStep> steps) {}

  /** @param personId null when the step found nobody (see note) */
  public record ResponseStep(int step, CalloutStep kind, Long personId, String name, List<String> channels, Instant at,
      Instant dueAt, String note, List<CalloutDelivery> deliveries) {}
}
