package org.anlan.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The {@link Actor} behind the current request, read from the security context. */
@Component
public class CurrentActor {

  public Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ActorDetails details) {
      return Optional.of(details.actor());
    }
    return Optional.empty();
  }

  /** The actor, or 401 when the request is anonymous. */
  public Actor get() {
    return find().orElseThrow(() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("no actor"));
  }

  /** The actor, who must be allowed to change data (not a read-only leader). */
  public Actor writer() {
    Actor actor = get();
    if (!actor.mayChange()) {
      throw new ScopeDeniedException("access.read-only", actor.username());
    }
    return actor;
  }
}
