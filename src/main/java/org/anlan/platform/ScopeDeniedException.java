package org.anlan.platform;

import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/**
 * 403: the actor is logged in but may not do this here, e.g. a 双江镇 officer asking for 柏梓镇's
 * data ({@code access.out-of-scope}) or a read-only leader trying a change ({@code access.read-only}).
 */
public class ScopeDeniedException extends AccessDeniedException {

  private final String code;
  private final transient Object[] args;

  public ScopeDeniedException(String code, Object... args) {
    super(code + " " + Arrays.toString(args));
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
