package org.anlan.warning;

import static org.anlan.warning.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.anlan.shared.ConflictException;
import org.anlan.shared.DomainException;
import org.anlan.shared.RuleViolatedException;
import org.junit.jupiter.api.Test;

class WarningLifecycleTests {

  static Warning issued() {
    Warning w = Fixtures.draft(Fixtures.save(WarningLevel.ORANGE));
    w.submit("duty", T0);
    w.issue("admin", Fixtures.stamp(T0), T0);
    return w;
  }

  static String code(Runnable action) {
    try {
      action.run();
    } catch (DomainException e) {
      return e.code();
    }
    return "none";
  }

  @Test
  void a_draft_goes_through_approval_to_issued_then_updated_then_lifted() {
    Warning w = Fixtures.draft(Fixtures.save(WarningLevel.ORANGE));
    assertThat(w.statusAt(T0)).isEqualTo(WarningStatus.DRAFT);
    w.submit("duty", T0);
    assertThat(w.statusAt(T0)).isEqualTo(WarningStatus.AWAITING_APPROVAL);
    w.issue("admin", Fixtures.stamp(T0), T0);
    assertThat(w.statusAt(T0)).isEqualTo(WarningStatus.ISSUED);
    assertThat(w.issueCount).isEqualTo(1);
    assertThat(w.capReferences).isNull();
    w.update(Fixtures.save(WarningLevel.RED), "leader", Fixtures.stamp(T0.plusSeconds(60)), T0.plusSeconds(60));
    assertThat(w.statusAt(T0)).isEqualTo(WarningStatus.UPDATED);
    assertThat(w.level).isEqualTo(WarningLevel.RED);
    assertThat(w.capReferences).isEqualTo("50015200000000,50015200000000_20250701080000_7,2025-07-01T08:00:00+08:00");
    w.lift("雨停", "leader", Fixtures.stamp(T0.plusSeconds(120)), T0.plusSeconds(120));
    assertThat(w.statusAt(T0)).isEqualTo(WarningStatus.LIFTED);
    assertThat(w.capReferences.split(" ")).hasSize(2);
    assertThat(w.issueCount).isEqualTo(3);
  }

  @Test
  void an_issued_warning_past_its_expiry_reads_as_expired_and_can_no_longer_change() {
    Warning w = issued();
    assertThat(w.statusAt(w.expires.minusSeconds(1))).isEqualTo(WarningStatus.ISSUED);
    assertThat(w.statusAt(w.expires)).isEqualTo(WarningStatus.EXPIRED);
    assertThatThrownBy(() -> w.lift(null, "admin", Fixtures.stamp(w.expires), w.expires))
        .isInstanceOf(ConflictException.class).hasMessageContaining("EXPIRED");
  }

  @Test
  void drafts_and_warnings_awaiting_approval_are_discarded_issued_ones_are_not() {
    Warning draft = Fixtures.draft(Fixtures.save(WarningLevel.BLUE));
    draft.discard("误报", "duty", T0);
    assertThat(draft.statusAt(T0)).isEqualTo(WarningStatus.DISCARDED);
    assertThat(draft.summary(T0).discardReason()).isEqualTo("误报");
    assertThat(draft.summary(T0).discardedBy()).isEqualTo("duty");
    assertThat(code(() -> draft.edit(Fixtures.save(WarningLevel.RED), T0))).isEqualTo("warning.status-invalid");
    assertThat(code(() -> draft.submit("duty", T0))).isEqualTo("warning.status-invalid");
    assertThat(code(() -> draft.discard(null, "duty", T0))).isEqualTo("warning.status-invalid");
    Warning submitted = Fixtures.draft(Fixtures.save(WarningLevel.BLUE));
    submitted.submit("duty", T0);
    submitted.discard(null, "admin", T0);
    assertThat(submitted.statusAt(T0)).isEqualTo(WarningStatus.DISCARDED);
    assertThat(code(() -> submitted.issue("admin", Fixtures.stamp(T0), T0))).isEqualTo("warning.status-invalid");
    assertThat(code(() -> issued().discard(null, "admin", T0))).isEqualTo("warning.status-invalid");
  }

  @Test
  void steps_out_of_order_are_refused_with_status_invalid() {
    Warning draft = Fixtures.draft(Fixtures.save(WarningLevel.BLUE));
    assertThat(code(() -> draft.issue("admin", Fixtures.stamp(T0), T0))).isEqualTo("warning.status-invalid");
    assertThat(code(() -> draft.lift(null, "admin", Fixtures.stamp(T0), T0))).isEqualTo("warning.status-invalid");
    assertThat(code(() -> draft.update(Fixtures.save(WarningLevel.BLUE), "a", Fixtures.stamp(T0), T0))).isEqualTo("warning.status-invalid");
    Warning w = issued();
    assertThat(code(() -> w.edit(Fixtures.save(WarningLevel.BLUE), T0))).isEqualTo("warning.status-invalid");
    assertThat(code(() -> w.submit("duty", T0))).isEqualTo("warning.status-invalid");
    w.lift(null, "admin", Fixtures.stamp(T0.plusSeconds(1)), T0.plusSeconds(1));
    assertThat(code(() -> w.lift(null, "admin", Fixtures.stamp(T0.plusSeconds(2)), T0.plusSeconds(2)))).isEqualTo("warning.status-invalid");
  }

  @Test
  void a_draft_without_level_cannot_be_submitted_and_returned_drafts_can_be_edited_again() {
    Warning w = Fixtures.draft(Fixtures.save(null));
    assertThat(code(() -> w.submit("duty", T0))).isEqualTo("warning.level-missing");
    w.edit(Fixtures.save(WarningLevel.YELLOW), T0);
    w.submit("duty", T0);
    w.returnToDraft(T0);
    assertThat(w.statusAt(T0)).isEqualTo(WarningStatus.DRAFT);
  }

  @Test
  void a_warning_needs_an_area_and_a_sane_validity() {
    SaveWarning base = Fixtures.save(WarningLevel.BLUE);
    SaveWarning noArea = new SaveWarning(base.type(), base.level(), base.title(), null, null, Set.of(), List.of(), List.of(),
        null, null, null, null, null, null);
    assertThat(code(() -> Fixtures.draft(noArea))).isEqualTo("warning.area-missing");
    SaveWarning backwards = new SaveWarning(base.type(), base.level(), base.title(), null, null, Set.of(), base.areaCodes(),
        List.of(), T0, T0, null, null, null, null);
    assertThat(code(() -> Fixtures.draft(backwards))).isEqualTo("warning.validity-invalid");
    Warning expiredDraft = Fixtures.draft(base);
    assertThatThrownBy(() -> expiredDraft.submit("duty", base.expires().plusSeconds(1))).isInstanceOf(RuleViolatedException.class);
  }

  @Test
  void an_external_warning_is_adopted_once() {
    Warning external = new Warning();
    external.id = 3L;
    external.status = WarningStatus.EXTERNAL;
    external.adoptedAs(9, T0);
    assertThat(code(() -> external.adoptedAs(10, T0))).isEqualTo("warning.already-adopted");
    assertThat(code(() -> issued().adoptedAs(11, T0))).isEqualTo("warning.status-invalid");
  }

  @Test
  void polygons_are_closed_and_kept_as_cap_lat_lon_pairs() {
    String cap = CapPolygon.fromLonLat(List.of(List.of(105.7, 30.2), List.of(105.8, 30.2), List.of(105.8, 30.3)));
    assertThat(cap).isEqualTo("30.2,105.7 30.2,105.8 30.3,105.8 30.2,105.7");
    assertThat(CapPolygon.toLonLat(cap).get(2)).containsExactly(105.8, 30.3);
    assertThat(code(() -> CapPolygon.fromLonLat(List.of(List.of(105.7, 30.2), List.of(105.8, 30.2))))).isEqualTo("warning.polygon-invalid");
    assertThat(code(() -> CapPolygon.fromLonLat(List.of(List.of(30.2, 105.7), List.of(105.8, 30.2), List.of(105.8, 30.3))))).isEqualTo("warning.polygon-invalid");
  }
}
