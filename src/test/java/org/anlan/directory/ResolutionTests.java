package org.anlan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.directory.Resolution.Candidate;
import org.anlan.directory.Resolution.Pick;
import org.junit.jupiter.api.Test;

/** The fallback rule of "who answers here?", without a database. */
class ResolutionTests {

  static final String VILLAGE = "500152110002";
  static final String TOWN = "500152110000";
  static final String DISTRICT = "500152000000";
  static final List<String> CHAIN = List.of(VILLAGE, TOWN, DISTRICT);
  static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  final Map<String, List<Candidate>> assignments = new HashMap<>();

  List<Pick> resolve() {
    return Resolution.resolve(CHAIN, a -> assignments.getOrDefault(a, List.of()), TODAY);
  }

  static Candidate open(long id, long person, boolean available, Long deputy, boolean deputyAvailable) {
    return new Candidate(id, person, available, deputy, deputyAvailable, null, null);
  }

  @Test
  void an_available_primary_at_the_area_answers() {
    assignments.put(VILLAGE, List.of(open(1, 10, true, 11L, true)));
    assertThat(resolve()).containsExactly(new Pick(1, 10, VILLAGE, FoundBy.PRIMARY, false));
  }

  @Test
  void every_available_primary_at_the_area_answers_and_no_deputy_does() {
    assignments.put(VILLAGE, List.of(open(1, 10, true, 11L, true), open(2, 20, false, 21L, true), open(3, 30, true, null, false)));
    assertThat(resolve()).extracting(Pick::personId).containsExactly(10L, 30L);
    assertThat(resolve()).allMatch(p -> p.foundBy() == FoundBy.PRIMARY);
  }

  @Test
  void the_deputy_answers_when_the_primary_is_marked_unavailable() {
    assignments.put(VILLAGE, List.of(open(1, 10, false, 11L, true)));
    assertThat(resolve()).containsExactly(new Pick(1, 11, VILLAGE, FoundBy.DEPUTY, true));
  }

  @Test
  void the_deputy_answers_when_the_assignment_has_ended() {
    assignments.put(VILLAGE, List.of(new Candidate(1, 10, true, 11L, true, null, TODAY.minusDays(1))));
    assertThat(resolve()).containsExactly(new Pick(1, 11, VILLAGE, FoundBy.DEPUTY, true));
  }

  @Test
  void an_assignment_ending_today_still_holds() {
    assignments.put(VILLAGE, List.of(new Candidate(1, 10, true, 11L, true, TODAY.minusYears(1), TODAY)));
    assertThat(resolve()).extracting(Pick::foundBy).containsExactly(FoundBy.PRIMARY);
  }

  @Test
  void an_assignment_not_yet_started_counts_for_nothing_not_even_its_deputy() {
    assignments.put(VILLAGE, List.of(new Candidate(1, 10, true, 11L, true, TODAY.plusDays(1), null)));
    assignments.put(TOWN, List.of(open(2, 20, true, null, false)));
    assertThat(resolve()).containsExactly(new Pick(2, 20, TOWN, FoundBy.PARENT_AREA, false));
  }

  @Test
  void an_expired_assignment_with_an_unavailable_deputy_falls_back_to_the_parent_area() {
    assignments.put(VILLAGE, List.of(new Candidate(1, 10, true, 11L, false, null, TODAY.minusDays(30))));
    assignments.put(TOWN, List.of(open(2, 20, true, null, false)));
    assertThat(resolve()).containsExactly(new Pick(2, 20, TOWN, FoundBy.PARENT_AREA, false));
  }

  @Test
  void nobody_at_the_area_means_the_parent_area_answers() {
    assignments.put(TOWN, List.of(open(2, 20, true, 21L, true)));
    assertThat(resolve()).containsExactly(new Pick(2, 20, TOWN, FoundBy.PARENT_AREA, false));
  }

  @Test
  void a_deputy_at_the_parent_area_is_marked_as_parent_area_and_deputy() {
    assignments.put(TOWN, List.of(open(2, 20, false, 21L, true)));
    assertThat(resolve()).containsExactly(new Pick(2, 21, TOWN, FoundBy.PARENT_AREA, true));
  }

  @Test
  void the_walk_goes_up_to_the_district_when_village_and_town_have_nobody() {
    assignments.put(VILLAGE, List.of(open(1, 10, false, null, false)));
    assignments.put(TOWN, List.of(new Candidate(2, 20, true, null, false, null, TODAY.minusDays(1))));
    assignments.put(DISTRICT, List.of(open(3, 30, true, 31L, true)));
    assertThat(resolve()).containsExactly(new Pick(3, 30, DISTRICT, FoundBy.PARENT_AREA, false));
  }

  @Test
  void the_nearest_ancestor_with_someone_wins_over_the_district() {
    assignments.put(TOWN, List.of(open(2, 20, true, null, false)));
    assignments.put(DISTRICT, List.of(open(3, 30, true, null, false)));
    assertThat(resolve()).extracting(Pick::personId).containsExactly(20L);
  }

  @Test
  void nobody_anywhere_gives_an_empty_answer() {
    assertThat(resolve()).isEmpty();
  }

  @Test
  void a_person_who_is_deputy_of_two_assignments_is_listed_once() {
    assignments.put(VILLAGE, List.of(open(1, 10, false, 11L, true), open(2, 12, false, 11L, true)));
    assertThat(resolve()).containsExactly(new Pick(1, 11, VILLAGE, FoundBy.DEPUTY, true));
  }
}
