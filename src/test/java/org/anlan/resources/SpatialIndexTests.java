package org.anlan.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.anlan.shared.GeoPoint;
import org.junit.jupiter.api.Test;

/** The nearest-available index: answers as a brute-force scan would, also after edits. */
class SpatialIndexTests {

  static final GeoPoint TONGNAN = new GeoPoint(105.84, 30.19);

  static ShelterSpot spot(long id, double lon, double lat, ShelterStatus status, int free) {
    return new ShelterSpot(id, "S" + id, ShelterType.TEMPORARY_SHELTER, status, free, "500152110001", new GeoPoint(lon, lat));
  }

  static ShelterSpot spot(long id, double lon, double lat) {
    return spot(id, lon, lat, ShelterStatus.READY, 100);
  }

  static List<Long> ids(List<SpatialIndex.Hit<ShelterSpot>> hits) {
    return hits.stream().map(h -> h.item().id()).toList();
  }

  @Test
  void the_nearest_come_first_by_ground_distance_where_a_degree_east_is_shorter_than_a_degree_north() {
    var index = new SpatialIndex<>(30.19, List.of(spot(1, 105.85, 30.19), spot(2, 105.90, 30.19), spot(3, 105.84, 30.20)));
    var hits = index.nearest(TONGNAN, 2, s -> true);
    assertThat(ids(hits)).containsExactly(1L, 3L);
    assertThat(hits.get(0).metres()).isCloseTo(TONGNAN.distanceMetres(new GeoPoint(105.85, 30.19)), org.assertj.core.data.Offset.offset(0.01));
    assertThat(hits.get(0).metres()).isCloseTo(962, org.assertj.core.data.Offset.offset(5.0));
  }

  @Test
  void full_closed_and_unavailable_shelters_are_skipped() {
    var index = new SpatialIndex<>(30.19, List.of(spot(1, 105.841, 30.19, ShelterStatus.READY, 0),
        spot(2, 105.842, 30.19, ShelterStatus.CLOSED, 50), spot(3, 105.843, 30.19, ShelterStatus.UNAVAILABLE, 50),
        spot(4, 105.844, 30.19, ShelterStatus.OPEN, 5), spot(5, 105.9, 30.19, ShelterStatus.READY, 500)));
    assertThat(ids(index.nearest(TONGNAN, 5, s -> s.takes(1)))).containsExactly(4L, 5L);
    assertThat(ids(index.nearest(TONGNAN, 5, s -> s.takes(10)))).containsExactly(5L);
  }

  @Test
  void a_moved_shelter_is_found_at_its_new_place_only() {
    var index = new SpatialIndex<>(30.19, List.of(spot(1, 105.841, 30.19), spot(2, 105.85, 30.19)));
    index.put(spot(1, 106.2, 30.19));
    assertThat(ids(index.nearest(TONGNAN, 2, s -> true))).containsExactly(2L, 1L);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void a_shelter_set_full_drops_out_and_comes_back_when_places_free_up() {
    var index = new SpatialIndex<>(30.19, List.of(spot(1, 105.841, 30.19), spot(2, 105.85, 30.19)));
    index.put(spot(1, 105.841, 30.19, ShelterStatus.OPEN, 0));
    assertThat(ids(index.nearest(TONGNAN, 1, s -> s.takes(1)))).containsExactly(2L);
    index.put(spot(1, 105.841, 30.19, ShelterStatus.OPEN, 3));
    assertThat(ids(index.nearest(TONGNAN, 1, s -> s.takes(1)))).containsExactly(1L);
  }

  @Test
  void a_deleted_shelter_is_gone_and_a_new_one_is_found() {
    var index = new SpatialIndex<>(30.19, List.of(spot(1, 105.841, 30.19), spot(2, 105.85, 30.19)));
    index.remove(1);
    assertThat(ids(index.nearest(TONGNAN, 5, s -> true))).containsExactly(2L);
    index.put(spot(3, 105.8401, 30.19));
    assertThat(ids(index.nearest(TONGNAN, 5, s -> true))).containsExactly(3L, 2L);
    index.remove(3);
    assertThat(ids(index.nearest(TONGNAN, 5, s -> true))).containsExactly(2L);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void after_many_random_edits_and_rebuilds_it_agrees_with_a_brute_force_scan() {
    Random random = new Random(7);
    List<ShelterSpot> truth = new ArrayList<>();
    for (long id = 0; id < 3000; id++) {
      truth.add(randomSpot(random, id));
    }
    var index = new SpatialIndex<>(30.19, truth);
    for (int edit = 0; edit < 3 * SpatialIndex.REBUILD_AFTER; edit++) {
      int i = random.nextInt(truth.size());
      if (random.nextInt(4) == 0) {
        index.remove(truth.remove(i).id());
      } else {
        ShelterSpot moved = randomSpot(random, truth.get(i).id());
        truth.set(i, moved);
        index.put(moved);
      }
      if (edit % 97 == 0) {
        GeoPoint at = new GeoPoint(105.5 + random.nextDouble() * 0.6, 29.9 + random.nextDouble() * 0.5);
        assertThat(ids(index.nearest(at, 7, s -> s.takes(20)))).isEqualTo(bruteForce(truth, at, 7, 20));
      }
    }
    assertThat(index.size()).isEqualTo(truth.size());
  }

  static ShelterSpot randomSpot(Random random, long id) {
    ShelterStatus status = ShelterStatus.values()[random.nextInt(4)];
    return spot(id, 105.5 + random.nextDouble() * 0.6, 29.9 + random.nextDouble() * 0.5, status, random.nextInt(100));
  }

  static List<Long> bruteForce(List<ShelterSpot> all, GeoPoint at, int k, int minFree) {
    return all.stream().filter(s -> s.takes(minFree))
        .sorted(Comparator.comparingDouble((ShelterSpot s) -> at.distanceMetres(s.point())).thenComparingLong(ShelterSpot::id))
        .limit(k).map(ShelterSpot::id).toList();
  }
}
