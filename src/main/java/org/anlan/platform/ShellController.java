package org.anlan.platform;

import java.util.List;
import java.util.Map;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web shell needs at start: who is logged in, and the map settings. */
@RestController
@RequestMapping("/api/v1")
class ShellController {

  private final CurrentActor actors;
  private final PlatformProperties properties;
  private final ObjectProvider<BuildProperties> build;

  ShellController(CurrentActor actors, PlatformProperties properties, ObjectProvider<BuildProperties> build) {
    this.actors = actors;
    this.properties = properties;
    this.build = build;
  }

  /** The logged-in user: name, roles, area scope. */
  @GetMapping("/me")
  Me me() {
    Actor actor = actors.get();
    return new Me(actor.username(), actor.roles().stream().map(Enum::name).sorted().toList(), actor.scope().value(),
        actor.personId(), actor.mayChange());
  }

  @GetMapping("/ui/config")
  Map<String, Object> config() {
    var map = properties.map();
    BuildProperties b = build.getIfAvailable();
    return Map.of(
        "tileUrl", map.tileUrl(),
        "tileAttribution", map.tileAttribution(),
        "maxZoom", map.maxZoom(),
        "version", b == null ? "dev" : b.getVersion());
  }

  record Me(String username, List<String> roles, String scope, Long personId, boolean mayChange) {}
}
