package org.anlan.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an {@link Actor} plus the password hash Spring Security checks. */
public final class ActorDetails implements UserDetails, CredentialsContainer {

  private final Actor actor;
  private String passwordHash;
  private final boolean enabled;

  public ActorDetails(Actor actor, String passwordHash, boolean enabled) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
  }

  public Actor actor() {
    return actor;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return actor.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  List<String> roleNames() {
    return actor.roles().stream().map(Enum::name).sorted().toList();
  }
}
