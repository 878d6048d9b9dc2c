package org.anlan.resources;

import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.ImportProgressRegistry;
import org.springframework.stereotype.Component;

/**
 * Starts the row checks of one import for the current writer (a read-only user is refused here),
 * reporting to the request's import progress (reading, checking, writing).
 */
@Component
class ImportChecks {

  private final AreaCatalogue areas;
  private final Jurisdiction jurisdiction;
  private final Siting siting;
  private final CurrentActor actors;
  private final ImportProgressRegistry progresses;

  ImportChecks(AreaCatalogue areas, Jurisdiction jurisdiction, Siting siting, CurrentActor actors, ImportProgressRegistry progresses) {
    this.progresses = progresses;
    this.areas = areas;
    this.jurisdiction = jurisdiction;
    this.siting = siting;
    this.actors = actors;
  }

  RowChecks start() {
    return new RowChecks(areas, jurisdiction, siting, actors.writer(), progresses.current());
  }
}
