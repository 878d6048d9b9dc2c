package org.anlan.shared;

import java.util.Arrays;

/**
 * Root of the three domain exception families. Each carries a stable {@code code}
 * ({@code warning.already-lifted}) listed in docs/problems.md, and the arguments of its message,
 * which the platform looks up in the request's language.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException, ConflictException, RuleViolatedException {

  private final String code;
  private final transient Object[] args;

  protected DomainException(String code, Object... args) {
    super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
    this.code = code;
    this.args = args.clone();
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }
}
