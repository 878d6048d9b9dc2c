package org.anlan.shared;

/** The request clashes with the current state (a duplicate, a stale version): 409. */
public final class ConflictException extends DomainException {

  public ConflictException(String code, Object... args) {
    super(code, args);
  }
}
