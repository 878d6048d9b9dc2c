package org.anlan.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Login rate limit: after {@code maxFailures} failed logins for one user name, or from one client
 * address, within the window, further attempts are refused (429) until the window has passed.
 * Kept in memory: a restart forgets it, which is acceptable for slowing down guessing.
 */
@Component
public class LoginThrottle {

  private static final int MAX_KEYS = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;

  LoginThrottle(Clock clock, PlatformProperties properties) {
    this.clock = clock;
    this.maxFailures = properties.login().maxFailures();
    this.window = properties.login().window();
  }

  public boolean isBlocked(String username, String address) {
    return count("u:" + normalise(username)) >= maxFailures || count("a:" + address) >= maxFailures * 4;
  }

  public void failed(String username, String address) {
    if (failures.size() > MAX_KEYS) {
      sweep();
    }
    add("u:" + normalise(username));
    add("a:" + address);
  }

  /** Forgets names and addresses whose failures have all left the window, so guessing random names cannot fill memory. */
  private void sweep() {
    failures.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        prune(e.getValue());
        return e.getValue().isEmpty();
      }
    });
  }

  public void succeeded(String username) {
    failures.remove("u:" + normalise(username));
  }

  int trackedKeys() {
    return failures.size();
  }

  private int count(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times);
      return times.size();
    }
  }

  private void add(String key) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(clock.instant());
    }
  }

  private void prune(Deque<Instant> times) {
    Instant cutoff = clock.instant().minus(window);
    while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
      times.removeFirst();
    }
  }

  private static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
