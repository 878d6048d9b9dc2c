package org.anlan.shared;

/** The request breaks a domain rule or carries invalid data: 422. */
public final class RuleViolatedException extends DomainException {

  public RuleViolatedException(String code, Object... args) {
    super(code, args);
  }
}
