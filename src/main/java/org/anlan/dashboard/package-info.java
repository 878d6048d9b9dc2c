/**
 * The one screen for the whole district: read models built from other modules' events only;
 * nothing depends on it. Now a shell (its landing page in the web UI) with one read model, the
 * feed of recent responsibility changes, built from directory's {@code ResponsibilityAssigned}.
 * Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.anlan.dashboard;
