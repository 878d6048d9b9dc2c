package org.anlan.directory;

/** What an import did: rows created and updated, in total and per sheet. */
record ImportResult(int created, int updated, int peopleCreated, int peopleUpdated, int assignmentsCreated,
    int assignmentsUpdated) {}
