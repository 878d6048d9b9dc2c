package org.anlan.shared;

/** Something asked for does not exist (or lies outside the caller's view): 404. */
public final class NotFoundException extends DomainException {

  public NotFoundException(String code, Object... args) {
    super(code, args);
  }
}
