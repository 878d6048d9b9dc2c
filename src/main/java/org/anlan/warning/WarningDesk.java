package org.anlan.warning;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.anlan.platform.Actor;
import org.anlan.platform.AuditLog;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 预警: the warnings API. Every command checks the caller's scope ({@link WarningScope}), lets the aggregate
 * guard the transition, audits the change and publishes {@link WarningIssued}, {@link WarningUpdated} or
 * {@link WarningLifted}. Queries check that the caller may see the warning.
 */
@Service
@Validated
@Transactional
public class WarningDesk {

  static final String AUDIT_TYPE = "warning.warning";

  private final Warnings warnings;
  private final WarningScope scope;
  private final CapIdentifiers identifiers;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final RecipientResolver resolver;
  private final WarningRecipients recipients;
  private final Callouts callouts;

  private final PolygonTargets polygonTargets;

  WarningDesk(Warnings warnings, WarningScope scope, CapIdentifiers identifiers, AuditLog audit,
      ApplicationEventPublisher events, Clock clock, RecipientSources sources, TargetingProperties targeting,
      WarningRecipients recipients, Callouts callouts, PolygonTargets polygonTargets) {
    this.callouts = callouts;
    this.polygonTargets = polygonTargets;
    this.resolver = new RecipientResolver(sources, targeting);
    this.recipients = recipients;
    this.warnings = warnings;
    this.scope = scope;
    this.identifiers = identifiers;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Warnings the caller may see, newest first; {@code status} narrows (as read now, so EXPIRED works). */
  @Transactional(readOnly = true)
  public List<WarningSummary> warnings(WarningStatus status) {
    Actor actor = scope.current();
    Instant now = clock.instant();
    return warnings.findAll().stream().filter(w -> scope.visible(actor, w.areaCodeList()))
        .map(w -> w.summary(now)).filter(s -> status == null || s.status() == status)
        .sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
  }

  /** One warning, 404 {@code warning.not-found}, 403 outside the caller's scope. */
  @Transactional(readOnly = true)
  public WarningSummary warning(long id) {
    return visible(id).summary(clock.instant());
  }

  /** 预警对象预览: who would receive the warning if it were issued now (resolved, not stored). */
  @Transactional(readOnly = true)
  public List<Recipient> previewRecipients(long id) {
    return resolve(visible(id));
  }

  /** The recipients frozen when the warning was issued (replaced on update); empty before it is issued. */
  @Transactional(readOnly = true)
  public List<Recipient> recipients(long id) {
    return recipients.of(visible(id).id);
  }

  /** The recipients for the warning's area codes — or, with only a drawn polygon, for the towns it reaches. */
  private List<Recipient> resolve(Warning w) {
    return resolver.resolve(targetsOf(w), w.type, java.time.LocalDate.ofInstant(clock.instant(), CapTime.BEIJING));
  }

  /**
   * The area codes targeting uses: the warning's own, else the towns its drawn polygon meets, else none (the district).
   * A polygon alone that meets no town of the district is 422 {@code warning.polygon-outside}: warning the whole district
   * for an area drawn beside it would be the wrong people.
   */
  private List<String> targetsOf(Warning w) {
    if (!w.areaCodeList().isEmpty() || w.polygon == null || w.polygon.isBlank()) {
      return w.areaCodeList();
    }
    List<String> towns = polygonTargets.towns(CapPolygon.toLonLat(w.polygon));
    if (towns.isEmpty()) {
      throw new RuleViolatedException("warning.polygon-outside");
    }
    return towns;
  }

  public WarningSummary create(@Valid SaveWarning command) {
    Actor actor = scope.requireChangeable(command.areaCodes());
    Warning draft = Warning.draft(command, WarningSource.MANUAL, null, actor.username(), clock.instant());
    targetsOf(draft);
    return audited(warnings.save(draft), "create", null);
  }

  public WarningSummary edit(long id, @Valid SaveWarning command) {
    Warning w = changeable(id);
    scope.requireChangeable(command.areaCodes());
    WarningSummary before = w.summary(clock.instant());
    w.edit(command, clock.instant());
    targetsOf(w);
    return audited(warnings.save(w), "edit", before);
  }

  public WarningSummary submit(long id) {
    Warning w = changeable(id);
    WarningSummary before = w.summary(clock.instant());
    w.submit(scope.current().username(), clock.instant());
    return audited(warnings.save(w), "submit", before);
  }

  public WarningSummary returnToDraft(long id) {
    Warning w = load(id);
    scope.requireApprover(levelOrBlue(w), w.areaCodeList());
    WarningSummary before = w.summary(clock.instant());
    w.returnToDraft(clock.instant());
    return audited(warnings.save(w), "return", before);
  }

  /** 审批签发: approve and issue; the approval policy decides who may, per level. */
  public WarningSummary approve(long id) {
    Warning w = load(id);
    Actor actor = scope.requireApprover(levelOrBlue(w), w.areaCodeList());
    WarningSummary before = w.summary(clock.instant());
    w.issue(actor.username(), identifiers.next(w), clock.instant());
    WarningSummary after = audited(warnings.save(w), "issue", before);
    List<Recipient> frozen = resolve(w);
    recipients.freeze(w.id, frozen);
    callouts.open(w, frozen);
    events.publishEvent(new WarningIssued(w.id, w.type, w.level, w.areaCodeList(), w.expires, w.capIdentifier));
    return after;
  }

  /**
   * 按策略直接发布: issues a draft made from an alarm at once, without an approver, because the area's policy
   * ({@code anlan.warning.alarm.auto-issue}) says so. Runs in the caller's transaction; audited as
   * {@code issue-by-policy}.
   */
  void issueByPolicy(Warning w, String policy) {
    Instant now = clock.instant();
    WarningSummary before = w.summary(now);
    w.submit("system", now);
    w.issue(policy, identifiers.next(w), now);
    audited(warnings.save(w), "issue-by-policy", before);
    List<Recipient> frozen = resolve(w);
    recipients.freeze(w.id, frozen);
    callouts.open(w, frozen);
    events.publishEvent(new WarningIssued(w.id, w.type, w.level, w.areaCodeList(), w.expires, w.capIdentifier));
  }

  /** Changes an issued warning and re-issues it (CAP Update); needs the approval right for the new level. */
  public WarningSummary update(long id, @Valid SaveWarning command) {
    Warning w = visible(id);
    WarningLevel previous = w.level;
    Actor actor = scope.requireApprover(command.level() == null ? levelOrBlue(w) : command.level(), command.areaCodes());
    WarningSummary before = w.summary(clock.instant());
    w.update(command, actor.username(), identifiers.next(w), clock.instant());
    WarningSummary after = audited(warnings.save(w), "update", before);
    List<Recipient> frozen = resolve(w);
    recipients.freeze(w.id, frozen);
    callouts.open(w, frozen);
    events.publishEvent(new WarningUpdated(w.id, w.level, previous, w.areaCodeList(), w.expires, w.capIdentifier));
    return after;
  }

  /** 解除: lifts an issued warning (CAP Cancel); needs the approval right for its level. */
  public WarningSummary lift(long id, String reason) {
    Warning w = visible(id);
    Actor actor = scope.requireApprover(levelOrBlue(w), w.areaCodeList());
    WarningSummary before = w.summary(clock.instant());
    w.lift(reason(reason, 1000), actor.username(), identifiers.next(w), clock.instant());
    WarningSummary after = audited(warnings.save(w), "lift", before);
    callouts.close(w.id, clock.instant());
    callouts.tellLifted(w, w.liftReason);
    events.publishEvent(new WarningLifted(w.id, w.level, w.areaCodeList(), w.capIdentifier));
    return after;
  }

  /**
   * 作废: discards a draft (whoever may change it) or a warning awaiting approval (an approver for its level, as for
   * returning it); it is kept, read-only, with who and why. An alarm's next alarm then makes a new draft.
   */
  public WarningSummary discard(long id, String reason) {
    Warning w = visible(id);
    Instant now = clock.instant();
    Actor actor = w.statusAt(now) == WarningStatus.AWAITING_APPROVAL
        ? scope.requireApprover(levelOrBlue(w), w.areaCodeList())
        : scope.requireChangeable(w.areaCodeList());
    WarningSummary before = w.summary(now);
    w.discard(reason(reason, 500), actor.username(), now);
    return audited(warnings.save(w), "discard", before);
  }

  /** Takes an external (imported CAP) warning over as a new draft of ours. */
  public WarningSummary adopt(long id) {
    Warning external = visible(id);
    Actor actor = scope.requireChangeable(external.areaCodeList());
    Instant now = clock.instant();
    List<String> codes = external.areaCodeList().isEmpty() && external.polygon == null
        ? List.of(scope.targets(List.of()).get(0).value()) : external.areaCodeList();
    Warning draft = Warning.draft(new SaveWarning(external.type, external.level, external.title, external.body,
        external.instructions, java.util.Set.of(), codes, CapPolygon.toLonLat(external.polygon),
        external.effective, external.expires, null, null, null, null), WarningSource.CAP,
        external.sourceRef + "," + external.capIdentifier, actor.username(), now);
    Warning saved = warnings.save(draft);
    WarningSummary before = external.summary(now);
    external.adoptedAs(saved.id, now);
    audited(warnings.save(external), "adopt", before);
    return audited(saved, "create", null);
  }

  Warning visible(long id) {
    Warning w = load(id);
    scope.requireVisible(w.areaCodeList());
    return w;
  }

  private Warning changeable(long id) {
    Warning w = visible(id);
    scope.requireChangeable(w.areaCodeList());
    return w;
  }

  Warning load(long id) {
    return warnings.findById(id).orElseThrow(() -> new NotFoundException("warning.not-found", id));
  }

  /** A reason as given, trimmed; null when blank; 422 {@code warning.reason-too-long} past {@code max} characters. */
  private static String reason(String reason, int max) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String trimmed = reason.trim();
    if (trimmed.length() > max) {
      throw new RuleViolatedException("warning.reason-too-long", max);
    }
    return trimmed;
  }

  private static WarningLevel levelOrBlue(Warning w) {
    return w.level == null ? WarningLevel.BLUE : w.level;
  }

  WarningSummary audited(Warning saved, String action, WarningSummary before) {
    WarningSummary after = saved.summary(clock.instant());
    List<String> codes = saved.areaCodeList();
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), codes.isEmpty() ? null : codes.get(0), action, before, after);
    return after;
  }
}
