package org.anlan.resources;

/** The kinds of stock ledger entry (出入库类型). A transfer writes TRANSFER_OUT and TRANSFER_IN together. */
public enum LedgerKind {
  /** 入库 */
  IN,
  /** 出库 */
  OUT,
  /** 调拨出库 */
  TRANSFER_OUT,
  /** 调拨入库 */
  TRANSFER_IN
}
