package org.anlan.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The progress of running and recent imports, by owner (user name) and import id: the client names
 * its import with an {@code X-Import-Id} header and polls {@code GET /api/v1/imports/{id}/progress}.
 * A user reads only their own imports. Kept in memory, on this node only (the poll must reach the
 * node that runs the import): an entry is forgotten {@link #KEEP} after its last change, i.e. 10
 * minutes after the import ended; a user keeps at most {@link #PER_OWNER} entries.
 */
@Component
public class ImportProgressRegistry {

  /** The request header that names an import. */
  public static final String HEADER = "X-Import-Id";
  static final Duration KEEP = Duration.ofMinutes(10);
  static final int PER_OWNER = 20;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{7,63}");
  /** The request attribute that holds the progress of the request's import. */
  static final String ATTRIBUTE = ImportProgress.class.getName();

  private record Key(String owner, String id) {}

  private final Map<Key, ImportProgress> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  ImportProgressRegistry(Clock clock) {
    this.clock = clock;
  }

  /** 8 to 64 letters, digits and dashes (a UUID fits), starting with a letter or digit. */
  static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The progress of the import the current request carries, or an untracked one. */
  public ImportProgress current() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object found = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return found instanceof ImportProgress progress ? progress : ImportProgress.untracked();
  }

  /** Starts (or restarts) the import {@code id} of {@code owner}, in phase received. */
  ImportProgress start(String owner, String id) {
    if (!validId(id)) {
      throw new IllegalArgumentException("import id");
    }
    forgetExpired();
    ImportProgress progress = new ImportProgress(clock);
    entries.put(new Key(owner, id), progress);
    trim(owner);
    return progress;
  }

  /** The owner's import {@code id}, unless unknown, someone else's or expired. */
  Optional<ImportProgress> find(String owner, String id) {
    if (!validId(id)) {
      return Optional.empty();
    }
    forgetExpired();
    return Optional.ofNullable(entries.get(new Key(owner, id)));
  }

  int size() {
    return entries.size();
  }

  private void forgetExpired() {
    var cutoff = clock.instant().minus(KEEP);
    entries.values().removeIf(p -> p.changed().isBefore(cutoff));
  }

  /** Drops the owner's least recently changed entries beyond {@link #PER_OWNER}, finished ones first. */
  private void trim(String owner) {
    var mine = entries.entrySet().stream().filter(e -> e.getKey().owner().equals(owner)).toList();
    if (mine.size() <= PER_OWNER) {
      return;
    }
    mine.stream()
        .sorted(Comparator.comparing((Map.Entry<Key, ImportProgress> e) -> !e.getValue().finished())
            .thenComparing(e -> e.getValue().changed()))
        .limit(mine.size() - PER_OWNER)
        .forEach(e -> entries.remove(e.getKey(), e.getValue()));
  }
}
