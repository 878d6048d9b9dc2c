package org.anlan.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fallback rule of "who answers here?" (谁负责), without any storage. At each area, from the area
 * asked about up through its ancestors, the first of these that finds someone wins:
 * <ol>
 *   <li>PRIMARY: the persons of assignments that have started, have not ended, and whose person is
 *       available;</li>
 *   <li>DEPUTY: otherwise, the available deputies of the started assignments there (the person
 *       being unavailable or the assignment having ended makes the deputy answer);</li>
 * </ol>
 * An assignment that has not started yet counts for nothing. An answer found above the area asked
 * about is marked PARENT_AREA (and {@code deputy} tells whether a deputy answered there).
 */
final class Resolution {

  /** One assignment at an area, with what the rule needs to know about its people. */
  record Candidate(long assignmentId, long personId, boolean personAvailable, Long deputyId, boolean deputyAvailable,
      LocalDate validFrom, LocalDate validTo) {

    boolean started(LocalDate today) {
      return validFrom == null || !validFrom.isAfter(today);
    }

    boolean ended(LocalDate today) {
      return validTo != null && validTo.isBefore(today);
    }
  }

  /** One person who answers. */
  record Pick(long assignmentId, long personId, String areaCode, FoundBy foundBy, boolean deputy) {}

  private Resolution() {}

  /**
   * @param chain the area asked about, then its ancestors nearest first
   * @param candidatesAt the assignments of the role at an area
   */
  static List<Pick> resolve(List<String> chain, Function<String, List<Candidate>> candidatesAt, LocalDate today) {
    for (int i = 0; i < chain.size(); i++) {
      List<Pick> here = atArea(chain.get(i), candidatesAt.apply(chain.get(i)), today);
      if (!here.isEmpty()) {
        return i == 0 ? here : here.stream()
            .map(p -> new Pick(p.assignmentId(), p.personId(), p.areaCode(), FoundBy.PARENT_AREA, p.deputy())).toList();
      }
    }
    return List.of();
  }

  static List<Pick> atArea(String area, List<Candidate> candidates, LocalDate today) {
    List<Candidate> started = candidates.stream().filter(c -> c.started(today)).toList();
    List<Pick> picks = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    for (Candidate c : started) {
      if (!c.ended(today) && c.personAvailable() && seen.add(c.personId())) {
        picks.add(new Pick(c.assignmentId(), c.personId(), area, FoundBy.PRIMARY, false));
      }
    }
    if (!picks.isEmpty()) {
      return picks;
    }
    for (Candidate c : started) {
      if (c.deputyId() != null && c.deputyAvailable() && seen.add(c.deputyId())) {
        picks.add(new Pick(c.assignmentId(), c.deputyId(), area, FoundBy.DEPUTY, true));
      }
    }
    return picks;
  }
}
