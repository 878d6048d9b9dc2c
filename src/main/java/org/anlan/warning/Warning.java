package org.anlan.warning;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.shared.ConflictException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 预警: one warning. It guards its own lifecycle: DRAFT → AWAITING_APPROVAL → ISSUED → UPDATED* → LIFTED;
 * an issued warning past {@code expires} reads as EXPIRED; a draft or a warning awaiting approval may be DISCARDED. EXTERNAL warnings (imported CAP) never change;
 * they are adopted into a new draft instead.
 */
@Table("warning_warning")
class Warning {

  @Id Long id;
  @Version Long version;
  WarningStatus status;
  WarningType type;
  WarningLevel level;
  String title;
  String body;
  String instructions;
  String measures = "";
  String titleEn;
  String bodyEn;
  String instructionsEn;
  String areaCodes = "";
  String polygon;
  Instant effective;
  Instant expires;
  WarningSource source;
  String sourceRef;
  String createdBy;
  Instant createdAt;
  String submittedBy;
  String approvedBy;
  int issueCount;
  String capIdentifier;
  Instant capSent;
  String capReferences;
  String liftReason;
  String externalKey;
  String capXml;
  Long adoptedAs;
  Long alarmId;
  String discardedBy;
  String discardReason;

  static Warning draft(SaveWarning command, WarningSource source, String sourceRef, String by, Instant now) {
    Warning w = new Warning();
    w.status = WarningStatus.DRAFT;
    w.source = source;
    w.sourceRef = sourceRef;
    w.createdBy = by;
    w.createdAt = now;
    w.apply(command);
    return w;
  }

  /** The status as read at {@code now}: issued warnings past their expiry time are EXPIRED. */
  WarningStatus statusAt(Instant now) {
    return status.live() && expires != null && !expires.isAfter(now) ? WarningStatus.EXPIRED : status;
  }

  void edit(SaveWarning command, Instant now) {
    require(Set.of(WarningStatus.DRAFT), "edit", now);
    apply(command);
  }

  void submit(String by, Instant now) {
    require(Set.of(WarningStatus.DRAFT), "submit", now);
    if (level == null) {
      throw new RuleViolatedException("warning.level-missing");
    }
    if (expires != null && !expires.isAfter(now)) {
      throw new RuleViolatedException("warning.validity-invalid");
    }
    status = WarningStatus.AWAITING_APPROVAL;
    submittedBy = by;
  }

  /** 退回: back to draft for changes. */
  void returnToDraft(Instant now) {
    require(Set.of(WarningStatus.AWAITING_APPROVAL), "return", now);
    status = WarningStatus.DRAFT;
  }

  /** 签发: approval issues the warning as the first CAP message (Alert). */
  void issue(String by, CapStamp stamp, Instant now) {
    require(Set.of(WarningStatus.AWAITING_APPROVAL), "approve", now);
    if (expires != null && !expires.isAfter(now)) {
      throw new RuleViolatedException("warning.validity-invalid");
    }
    approvedBy = by;
    if (effective == null) {
      effective = now;
    }
    stamp(stamp);
    status = WarningStatus.ISSUED;
  }

  /** 更新: new content, re-issued at once as CAP Update referencing the earlier messages. */
  void update(SaveWarning command, String by, CapStamp stamp, Instant now) {
    require(Set.of(WarningStatus.ISSUED, WarningStatus.UPDATED), "update", now);
    if (command.level() == null) {
      throw new RuleViolatedException("warning.level-missing");
    }
    apply(command);
    if (expires != null && !expires.isAfter(now)) {
      throw new RuleViolatedException("warning.validity-invalid");
    }
    approvedBy = by;
    stamp(stamp);
    status = WarningStatus.UPDATED;
  }

  /** 解除: the warning is lifted, CAP Cancel. */
  void lift(String reason, String by, CapStamp stamp, Instant now) {
    require(Set.of(WarningStatus.ISSUED, WarningStatus.UPDATED), "lift", now);
    liftReason = reason;
    approvedBy = by;
    stamp(stamp);
    status = WarningStatus.LIFTED;
  }

  /** 作废: a draft, or a warning awaiting approval, that will not be issued; it stays, read-only, with the reason. */
  void discard(String reason, String by, Instant now) {
    require(Set.of(WarningStatus.DRAFT, WarningStatus.AWAITING_APPROVAL), "discard", now);
    discardedBy = by;
    discardReason = reason;
    status = WarningStatus.DISCARDED;
  }

  /** An external warning taken over as our own draft {@code draftId}; it can be adopted once. */
  void adoptedAs(long draftId, Instant now) {
    require(Set.of(WarningStatus.EXTERNAL), "adopt", now);
    if (adoptedAs != null) {
      throw new ConflictException("warning.already-adopted", id, adoptedAs);
    }
    adoptedAs = draftId;
  }

  /** The previous CAP message, as a {@code sender,identifier,sent} reference, joins the list; the new one becomes current. */
  private void stamp(CapStamp stamp) {
    if (capIdentifier != null && capSent != null) {
      String previous = stamp.sender() + "," + capIdentifier + "," + CapTime.format(capSent);
      capReferences = capReferences == null ? previous : capReferences + " " + previous;
    }
    capIdentifier = stamp.identifier();
    capSent = stamp.sent();
    issueCount++;
  }

  private void require(Set<WarningStatus> allowed, String action, Instant now) {
    WarningStatus current = statusAt(now);
    if (!allowed.contains(current)) {
      throw new ConflictException("warning.status-invalid", action, current.name());
    }
  }

  private void apply(SaveWarning c) {
    if (c.areaCodes().isEmpty() && c.polygon().isEmpty()) {
      throw new RuleViolatedException("warning.area-missing");
    }
    if (c.effective() != null && c.expires() != null && !c.expires().isAfter(c.effective())) {
      throw new RuleViolatedException("warning.validity-invalid");
    }
    type = c.type();
    level = c.level();
    title = c.title().trim();
    body = blankToNull(c.text());
    instructions = blankToNull(c.instructions());
    measures = c.measures().stream().sorted().map(Measure::name).collect(Collectors.joining(","));
    titleEn = blankToNull(c.titleEn());
    bodyEn = blankToNull(c.textEn());
    instructionsEn = blankToNull(c.instructionsEn());
    areaCodes = c.areaCodes().stream().map(String::trim).distinct().collect(Collectors.joining(","));
    polygon = CapPolygon.fromLonLat(c.polygon());
    effective = c.effective();
    expires = c.expires();
    if (c.version() != null) {
      version = c.version();
    }
  }

  List<String> areaCodeList() {
    return areaCodes == null || areaCodes.isBlank() ? List.of() : List.of(areaCodes.split(","));
  }

  Set<Measure> measureSet() {
    Set<Measure> set = EnumSet.noneOf(Measure.class);
    if (measures != null && !measures.isBlank()) {
      Arrays.stream(measures.split(",")).map(Measure::valueOf).forEach(set::add);
    }
    return set;
  }

  WarningSummary summary(Instant now) {
    return new WarningSummary(id, statusAt(now), type, level, title, body, instructions, measureSet(), titleEn, bodyEn,
        instructionsEn, areaCodeList(), CapPolygon.toLonLat(polygon), effective, expires, source, sourceRef, createdBy,
        createdAt, submittedBy, approvedBy, issueCount, capIdentifier, capSent, liftReason, adoptedAs, discardedBy,
        discardReason, version == null ? 0 : version);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The identity of one CAP message we send: sender, identifier and sent time. */
  record CapStamp(String sender, String identifier, Instant sent) {}
}
