package org.anlan.warning;

/**
 * Where a warning is in its life. EXPIRED is never stored: an ISSUED or UPDATED warning past its expiry
 * time reads as EXPIRED. EXTERNAL is a warning imported from another sender's CAP message. DISCARDED (作废) is a
 * draft or a warning awaiting approval that was not to be issued; it is kept, with who discarded it and why.
 */
public enum WarningStatus {
  DRAFT, AWAITING_APPROVAL, ISSUED, UPDATED, LIFTED, EXPIRED, EXTERNAL, DISCARDED;

  /** Issued and still in force (before the expiry check). */
  boolean live() {
    return this == ISSUED || this == UPDATED;
  }
}
