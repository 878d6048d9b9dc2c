package org.anlan.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.directory.DirectoryDesk;
import org.anlan.platform.ActorDetails;
import org.anlan.platform.AuditLog;
import org.anlan.platform.Role;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Users: create, change, disable, reset passwords; and the principals login uses. */
@Service
@Validated
public class IdentityDesk implements UserDetailsService {

  static final int MIN_PASSWORD = 8;

  private final UserAccounts users;
  private final PasswordEncoder encoder;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final AuditLog audit;
  private final Clock clock;

  IdentityDesk(UserAccounts users, PasswordEncoder encoder, AreaCatalogue areas, DirectoryDesk directory, AuditLog audit, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.areas = areas;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public ActorDetails loadUserByUsername(String username) {
    return users.findByUsername(username).map(UserAccount::details)
        .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
  }

  @Transactional(readOnly = true)
  public List<UserSummary> list() {
    return users.findAllByOrderByUsername().stream().map(UserAccount::summary).toList();
  }

  @Transactional(readOnly = true)
  public UserSummary get(long id) {
    return find(id).summary();
  }

  @Transactional
  public UserSummary create(@Valid CreateUser command) {
    if (users.findByUsername(command.username()).isPresent()) {
      throw new ConflictException("identity.username-taken", command.username());
    }
    checkPassword(command.password());
    AreaCode scope = checkScope(command.scope(), command.roles());
    checkPerson(command.personId());
    UserAccount user = users.save(new UserAccount(command.username(), encoder.encode(command.password()), command.displayName(),
        command.personId(), scope, command.roles(), command.demo(), clock.instant()));
    audit.record("user", String.valueOf(user.id), scope.value(), "create", null, user.summary());
    return user.summary();
  }

  @Transactional
  public UserSummary update(long id, @Valid UpdateUser command) {
    UserAccount user = find(id);
    UserSummary before = user.summary();
    user.displayName = command.displayName();
    user.scopeCode = checkScope(command.scope(), command.roles()).value();
    user.setRoles(command.roles());
    user.personId = checkPerson(command.personId());
    user.enabled = command.enabled();
    user = users.save(user);
    audit.record("user", String.valueOf(id), user.scopeCode, "update", before, user.summary());
    return user.summary();
  }

  @Transactional
  public void setPassword(long id, String password) {
    checkPassword(password);
    UserAccount user = find(id);
    user.passwordHash = encoder.encode(password);
    users.save(user);
    audit.record("user", String.valueOf(id), user.scopeCode, "set-password", null, null);
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return users.findByUsername(username).isPresent();
  }

  @Transactional(readOnly = true)
  public long count() {
    return users.count();
  }

  Long idOf(String username) {
    return users.findByUsername(username).map(u -> u.id).orElseThrow(() -> new NotFoundException("identity.user-not-found", username));
  }

  private UserAccount find(long id) {
    return users.findById(id).orElseThrow(() -> new NotFoundException("identity.user-not-found", id));
  }

  /** A linked person must exist in the directory. */
  private Long checkPerson(Long personId) {
    if (personId != null && directory.findPerson(personId).isEmpty()) {
      throw new RuleViolatedException("identity.person-unknown", personId);
    }
    return personId;
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new RuleViolatedException("identity.password-too-short", MIN_PASSWORD);
    }
  }

  /** A town officer's scope is a town, a village officer's a village; district roles may have any. */
  private AreaCode checkScope(String code, Set<Role> roles) {
    Area area = areas.get(code);
    if (roles.contains(Role.TOWN_OFFICER) && area.level() != AreaLevel.TOWN
        || roles.contains(Role.VILLAGE_OFFICER) && area.level() != AreaLevel.VILLAGE) {
      throw new RuleViolatedException("identity.scope-level-mismatch", code);
    }
    return area.code();
  }

  /** A new user. */
  public record CreateUser(
      @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9_.-]+") String username,
      @NotBlank @Size(max = 100) String displayName,
      @NotBlank @Size(max = 200) String password,
      @NotEmpty Set<Role> roles,
      @NotBlank @Size(max = 12) String scope,
      Long personId,
      boolean demo) {}

  /** New values for a user (not the password). */
  public record UpdateUser(@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<Role> roles,
      @NotBlank @Size(max = 12) String scope, Long personId, boolean enabled) {}
}
