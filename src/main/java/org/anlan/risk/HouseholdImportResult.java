package org.anlan.risk;

/** What a households import did: households created and updated, vulnerable people written, and the seconds it took. */
public record HouseholdImportResult(int created, int updated, int vulnerable, double seconds) {}
