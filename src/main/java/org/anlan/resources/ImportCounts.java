package org.anlan.resources;

/** What an import did: records created and updated, and stock ledger entries written. */
record ImportCounts(int created, int updated, int ledgerEntries) {}
