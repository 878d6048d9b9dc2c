package org.anlan.identity;

import java.util.Set;
import org.anlan.platform.Role;

/** A user as shown to administrators (never with the password hash). */
public record UserSummary(Long id, String username, String displayName, Set<Role> roles, String scope, Long personId,
    boolean enabled, boolean demo) {}
