package org.anlan.identity;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.anlan.identity.ApiTokens.NewToken;
import org.anlan.identity.ApiTokens.TokenSummary;
import org.anlan.identity.IdentityDesk.CreateUser;
import org.anlan.identity.IdentityDesk.UpdateUser;
import org.anlan.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration (district admins) and each user's own API tokens. */
@RestController
@RequestMapping("/api/v1")
class UserController {

  private final IdentityDesk desk;
  private final ApiTokens tokens;
  private final CurrentActor actors;

  UserController(IdentityDesk desk, ApiTokens tokens, CurrentActor actors) {
    this.desk = desk;
    this.tokens = tokens;
    this.actors = actors;
  }

  @Operation(summary = "用户列表 All users (district admins)")
  @GetMapping("/users")
  @PreAuthorize("hasRole('DISTRICT_ADMIN')")
  List<UserSummary> list() {
    return desk.list();
  }

  @GetMapping("/users/{id}")
  @PreAuthorize("hasRole('DISTRICT_ADMIN')")
  UserSummary get(@PathVariable long id) {
    return desk.get(id);
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('DISTRICT_ADMIN')")
  UserSummary create(@RequestBody @Valid CreateUser command) {
    return desk.create(new CreateUser(command.username(), command.displayName(), command.password(), command.roles(),
        command.scope(), command.personId(), false));
  }

  @PutMapping("/users/{id}")
  @PreAuthorize("hasRole('DISTRICT_ADMIN')")
  UserSummary update(@PathVariable long id, @RequestBody @Valid UpdateUser command) {
    return desk.update(id, command);
  }

  @PutMapping("/users/{id}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasRole('DISTRICT_ADMIN')")
  void setPassword(@PathVariable long id, @RequestBody @Valid PasswordChange change) {
    desk.setPassword(id, change.password());
  }

  @Operation(summary = "我的 API 令牌 My personal API tokens")
  @GetMapping("/me/tokens")
  List<TokenSummary> myTokens() {
    return tokens.list(desk.idOf(actors.get().username()));
  }

  @Operation(summary = "创建 API 令牌 Create a personal API token; its value is shown only in this answer")
  @PostMapping("/me/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  NewToken createToken(@RequestBody @Valid TokenRequest request) {
    return tokens.create(desk.idOf(actors.get().username()), request.name(),
        request.validDays() == null ? null : Duration.ofDays(request.validDays()));
  }

  @DeleteMapping("/me/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id) {
    tokens.revoke(desk.idOf(actors.get().username()), id);
  }

  record PasswordChange(@NotBlank @Size(max = 200) String password) {}

  record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer validDays) {}
}
