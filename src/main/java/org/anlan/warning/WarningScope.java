package org.anlan.warning;

import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.Actor;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.Role;
import org.anlan.platform.ScopeDeniedException;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;

/**
 * Who may see, change and approve a warning. A warning targets its area codes (the district when it has
 * only a polygon, or, imported, none of ours). It is visible to a user whose scope overlaps a target (a
 * town officer sees their town's warnings and district-wide ones); it is changeable by a writer whose
 * scope holds every target; approving, updating and lifting need a role the approval policy allows for
 * the level, whose scope holds every target — checked here, not with {@code CurrentActor.writer()},
 * because the read-only LEADER is exactly who approves a red warning.
 */
@Component
class WarningScope {

  private final AreaCatalogue areas;
  private final Jurisdiction jurisdiction;
  private final CurrentActor actors;
  private final WarningProperties properties;

  WarningScope(AreaCatalogue areas, Jurisdiction jurisdiction, CurrentActor actors, WarningProperties properties) {
    this.areas = areas;
    this.jurisdiction = jurisdiction;
    this.actors = actors;
    this.properties = properties;
  }

  List<AreaCode> targets(List<String> codes) {
    return codes.isEmpty() ? List.of(areas.root().code()) : codes.stream().map(AreaCode::of).toList();
  }

  boolean visible(Actor actor, List<String> codes) {
    return targets(codes).stream().anyMatch(t -> areas.isWithin(t, actor.scope()) || areas.isWithin(actor.scope(), t));
  }

  void requireVisible(List<String> codes) {
    if (!visible(actors.get(), codes)) {
      throw new ScopeDeniedException("access.out-of-scope", targets(codes).get(0).value());
    }
  }

  /** Every target exists (404) and lies in the scope of a user who may change data (403). */
  Actor requireChangeable(List<String> codes) {
    targets(codes).forEach(jurisdiction::requireChangeable);
    return actors.writer();
  }

  /** The approval policy for {@code level}, and every target in the approver's scope. */
  Actor requireApprover(WarningLevel level, List<String> codes) {
    Actor actor = actors.get();
    if (actor.roles().stream().noneMatch(properties.approval().getOrDefault(level, java.util.Set.<Role>of())::contains)) {
      throw new ScopeDeniedException("warning.approval-not-allowed", level.label(), actor.username());
    }
    targets(codes).forEach(jurisdiction::requireVisible);
    return actor;
  }

  Actor current() {
    return actors.get();
  }
}
