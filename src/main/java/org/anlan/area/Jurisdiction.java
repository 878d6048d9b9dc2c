package org.anlan.area;

import org.anlan.platform.Actor;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.ScopeDeniedException;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Service;

/**
 * 管辖范围: checks areas against the current user's scope. A town officer sees and changes only
 * their town and the villages under it; district users see the whole district. Every module calls
 * this before it reads or changes area-bound data.
 */
@Service
public class Jurisdiction {

  private final AreaCatalogue areas;
  private final CurrentActor actors;

  Jurisdiction(AreaCatalogue areas, CurrentActor actors) {
    this.areas = areas;
    this.actors = actors;
  }

  /** The current user's scope area. */
  public Area scope() {
    return areas.get(actors.get().scope());
  }

  public boolean covers(Actor actor, AreaCode area) {
    return areas.isWithin(area, actor.scope());
  }

  /** Checks that the area exists (404) and is in the current user's scope (403). */
  public Area requireVisible(AreaCode area) {
    Area found = areas.get(area);
    Actor actor = actors.get();
    if (!covers(actor, area)) {
      throw new ScopeDeniedException("access.out-of-scope", area.value());
    }
    return found;
  }

  /** As {@link #requireVisible(AreaCode)}, for a code typed by a user (422 when malformed). */
  public Area requireVisible(String area) {
    return requireVisible(AreaCode.of(area));
  }

  /** As {@link #requireVisible}, and the user must be allowed to change data (not read-only). */
  public Area requireChangeable(AreaCode area) {
    Area found = requireVisible(area);
    actors.writer();
    return found;
  }

  /** The area to list under: the one asked for (checked), else the user's scope. */
  public Area listRoot(String requested) {
    return requested == null || requested.isBlank() ? scope() : requireVisible(requested);
  }
}
