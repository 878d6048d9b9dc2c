/**
 * Users, their roles and area scope, passwords and personal API tokens; login goes through the
 * platform's security with the principals this module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.anlan.identity;
