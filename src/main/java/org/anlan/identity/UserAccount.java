package org.anlan.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.platform.Actor;
import org.anlan.platform.ActorDetails;
import org.anlan.platform.Role;
import org.anlan.shared.AreaCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A user: log-in name, password hash, roles, area scope and (optionally) the directory person. */
@Table("identity_user")
class UserAccount {

  @Id Long id;
  @Version Long version;
  String username;
  String passwordHash;
  String displayName;
  Long personId;
  String scopeCode;
  boolean enabled;
  boolean demo;
  Instant createdAt;

  @MappedCollection(idColumn = "user_id")
  Set<UserRole> roles;

  UserAccount() {}

  UserAccount(String username, String passwordHash, String displayName, Long personId, AreaCode scope, Set<Role> roles, boolean demo, Instant now) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.personId = personId;
    this.scopeCode = scope.value();
    this.enabled = true;
    this.demo = demo;
    this.createdAt = now;
    setRoles(roles);
  }

  void setRoles(Set<Role> roles) {
    this.roles = roles.stream().map(r -> new UserRole(r.name())).collect(Collectors.toSet());
  }

  Set<Role> roleSet() {
    Set<Role> result = EnumSet.noneOf(Role.class);
    roles.forEach(r -> result.add(Role.valueOf(r.role())));
    return result;
  }

  Actor actor() {
    return new Actor(username, roleSet(), new AreaCode(scopeCode), personId);
  }

  ActorDetails details() {
    return new ActorDetails(actor(), passwordHash, enabled);
  }

  UserSummary summary() {
    return new UserSummary(id, username, displayName, roleSet(), scopeCode, personId, enabled, demo);
  }

  @Table("identity_user_role")
  record UserRole(String role) {}
}
