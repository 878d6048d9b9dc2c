package org.anlan.messaging;

/**
 * What a {@link Channel} made of one message: handed over (with the provider's receipt id, if any), a
 * transient failure worth retrying (network, 5xx, throttled) or a permanent one (bad number, rejected text).
 */
public record Outcome(Kind kind, String detail) {

  /** The three results of one try. */
  public enum Kind {
    SENT, RETRY, FAILED
  }

  public static Outcome sent(String receipt) {
    return new Outcome(Kind.SENT, receipt);
  }

  public static Outcome retry(String reason) {
    return new Outcome(Kind.RETRY, reason);
  }

  public static Outcome failed(String reason) {
    return new Outcome(Kind.FAILED, reason);
  }
}
