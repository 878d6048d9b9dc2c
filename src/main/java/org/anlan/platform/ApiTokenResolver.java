package org.anlan.platform;

import java.util.Optional;

/**
 * SPI: turns a personal API token ({@code Authorization: Bearer …}) into the principal it stands
 * for. The identity module implements it; the platform's security filter calls it.
 */
public interface ApiTokenResolver {

  Optional<ActorDetails> resolve(String token);
}
