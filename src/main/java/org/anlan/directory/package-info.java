/**
 * Who is responsible: organisations, people with contact channels, positions, and responsibility
 * assignments (who answers for which area in which role, with a deputy).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.anlan.directory;
