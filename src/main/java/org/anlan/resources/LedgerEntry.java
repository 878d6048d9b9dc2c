package org.anlan.resources;

import java.time.Instant;

/**
 * One entry of the stock ledger (台账), never changed once written.
 *
 * @param balanceAfter the warehouse's stock of the item after this entry
 * @param counterpart for a transfer, the other warehouse
 * @param actor who wrote it (user name)
 * @param reason why (用途/来源)
 */
public record LedgerEntry(long id, long warehouseId, String itemCode, LedgerKind kind, long quantity, long balanceAfter,
    Long counterpart, String actor, String reason, Instant at) {}
