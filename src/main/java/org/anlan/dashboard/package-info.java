/**
 * The one screen for the whole district. Read models built from other modules' events only;
 * nothing depends on it. For now a shell: its page in the web UI and its place in the module map;
 * the read models come with the modules whose events feed them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.anlan.dashboard;
