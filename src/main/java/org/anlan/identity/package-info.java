/**
 * Users: log-in name, bcrypt password hash, roles, the area scope that limits what they see and
 * change, the directory person they are, and personal API tokens. Provides the principals that the
 * platform's security authenticates ({@code UserDetailsService}, {@code ApiTokenResolver}); creates
 * the demo users, or the first admin from {@code ANLAN_ADMIN_PASSWORD} outside the demo. Publishes
 * and hears no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.anlan.identity;
