package org.anlan.warning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anlan.platform.Actor;
import org.anlan.platform.ImportRejectedException;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAP 1.2 in and out: a warning as CAP XML (ours written fresh, external ones as received), the active
 * public warnings for the Atom feed, and import of another sender's alert as an EXTERNAL warning.
 */
@Service
@Transactional
class CapExchange {

  private final WarningDesk desk;
  private final Warnings warnings;
  private final WarningScope scope;
  private final CapSchema schema;
  private final CapWriter writer;
  private final CapReader reader;
  private final Clock clock;

  CapExchange(WarningDesk desk, Warnings warnings, WarningScope scope, CapSchema schema, CapWriter writer,
      CapReader reader, Clock clock) {
    this.desk = desk;
    this.warnings = warnings;
    this.scope = scope;
    this.schema = schema;
    this.writer = writer;
    this.reader = reader;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  String cap(long id) {
    Warning w = desk.visible(id);
    return w.status == WarningStatus.EXTERNAL ? w.capXml : writer.write(w, clock.instant());
  }

  /** The CAP of a warning we issued (issued, updated, lifted or expired), for the public feed; else 404. */
  @Transactional(readOnly = true)
  String publicCap(long id) {
    Warning w = warnings.findById(id).filter(x -> x.issueCount > 0 && x.status != WarningStatus.EXTERNAL)
        .orElseThrow(() -> new NotFoundException("warning.not-found", id));
    return writer.write(w, clock.instant());
  }

  /** Our warnings in force now (issued or updated, not expired), newest first. */
  @Transactional(readOnly = true)
  List<Warning> active() {
    Instant now = clock.instant();
    return warnings.findByStatusInOrderByIdDesc(List.of(WarningStatus.ISSUED, WarningStatus.UPDATED)).stream()
        .filter(w -> w.statusAt(now).live()).toList();
  }

  /** Imports a CAP 1.2 alert (or a CAP 1.1 one, read as 1.2): 422 with {@code errors: [{line, column, message}]} when malformed or schema-invalid. */
  WarningSummary importCap(byte[] xml) {
    Actor actor = scope.current();
    Warning w = parse(xml, actor.username());
    scope.requireChangeable(w.areaCodeList());
    if (warnings.existsByExternalKey(w.externalKey)) {
      throw new ConflictException("warning.cap-duplicate", w.sourceRef, w.capIdentifier);
    }
    return desk.audited(warnings.save(w), "import", null);
  }

  /**
   * Imports an alert found by polling a feed, without a user (audited as {@code system}): empty when the same
   * sender's alert was imported before; the same 422 problems as an upload when it is not valid CAP 1.2.
   */
  java.util.Optional<WarningSummary> importPolled(byte[] xml, String feed) {
    Warning w = parse(xml, "feed:" + feed);
    if (warnings.existsByExternalKey(w.externalKey)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(desk.audited(warnings.save(w), "import-polled", null));
  }

  private Warning parse(byte[] xml, String by) {
    CapSchema.Checked checked = schema.check(xml);
    if (!checked.malformed().isEmpty()) {
      throw rejected("warning.cap-malformed", checked.malformed());
    }
    String ns = checked.document().getDocumentElement().getNamespaceURI();
    if (CapSchema.NS_11.equals(ns) && "alert".equals(checked.document().getDocumentElement().getLocalName())) {
      // CAP 1.1, still sent by older systems: read as 1.2 (kept and served as 1.2), or refused with the 1.2 errors
      xml = CapSchema.upgrade11(xml);
      checked = schema.check(xml);
      ns = checked.document() == null ? null : checked.document().getDocumentElement().getNamespaceURI();
    }
    if (!CapSchema.NS_12.equals(ns) || !"alert".equals(checked.document().getDocumentElement().getLocalName())) {
      throw new ImportRejectedException("warning.cap-version", String.valueOf(ns));
    }
    if (!checked.invalid().isEmpty()) {
      throw rejected("warning.cap-invalid", checked.invalid());
    }
    return reader.read(checked.document(), new String(xml, StandardCharsets.UTF_8), by, clock.instant());
  }

  private static ImportRejectedException rejected(String code, List<CapSchema.Problem> problems) {
    List<Map<String, Object>> errors = problems.stream()
        .map(p -> Map.<String, Object>of("line", p.line(), "column", p.column(), "message", p.message())).toList();
    return new ImportRejectedException(code, List.of(), Map.of("errors", errors), problems.size());
  }
}
