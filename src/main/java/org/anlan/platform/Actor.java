package org.anlan.platform;

import java.util.Set;
import org.anlan.shared.AreaCode;

/**
 * Who is behind a request: the user name, their roles and the area they may see and change (their
 * scope). The scope of a district user is the district itself.
 *
 * @param personId the directory person this user is, if linked
 */
public record Actor(String username, Set<Role> roles, AreaCode scope, Long personId) {

  /** The actor behind start-up work and scheduled jobs. */
  public static Actor system(AreaCode scope) {
    return new Actor("system", Set.of(Role.DISTRICT_ADMIN), scope, null);
  }

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.DISTRICT_ADMIN);
  }

  /** A read-only leader changes nothing, even inside their scope. */
  public boolean mayChange() {
    return roles.stream().anyMatch(r -> r != Role.LEADER);
  }
}
