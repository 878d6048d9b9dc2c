package org.anlan.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.anlan.shared.GeoPoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The nearest-available index of one kind of resource: a JTS {@link STRtree} over the bulk of the
 * items plus a small overlay of items changed since the tree was built. An STRtree cannot change
 * after it is built, so a change goes to the overlay (and hides the item's old tree entry); once the
 * overlay passes {@link #REBUILD_AFTER} entries the tree is rebuilt. Readers see an immutable
 * snapshot and never wait; writers are serialised.
 *
 * <p>The tree works on longitude scaled by cos(reference latitude), so that planar distance orders
 * points as the great-circle distance does at district scale; answers carry the great-circle distance.
 */
final class SpatialIndex<T extends LocatedResource> {

  static final int REBUILD_AFTER = 1024;
  private static final Object QUERY = new Object();

  private final double lonScale;
  private volatile Snapshot<T> snapshot;

  SpatialIndex(double referenceLat, Collection<T> items) {
    this.lonScale = Math.cos(Math.toRadians(referenceLat));
    replaceAll(items);
  }

  /** Throws away what is held and indexes {@code items}. */
  synchronized void replaceAll(Collection<T> items) {
    Map<Long, T> base = new HashMap<>();
    items.forEach(i -> base.put(i.id(), i));
    snapshot = new Snapshot<>(tree(base.values()), base, Map.of(), Set.of());
  }

  /** Adds the item, or replaces the one with its id. */
  synchronized void put(T item) {
    Snapshot<T> s = snapshot;
    Map<Long, T> overlay = new HashMap<>(s.overlay);
    overlay.put(item.id(), item);
    Set<Long> hidden = s.base.containsKey(item.id()) ? plus(s.hidden, item.id()) : s.hidden;
    settle(new Snapshot<>(s.tree, s.base, overlay, hidden));
  }

  synchronized void remove(long id) {
    Snapshot<T> s = snapshot;
    Map<Long, T> overlay = new HashMap<>(s.overlay);
    overlay.remove(id);
    Set<Long> hidden = s.base.containsKey(id) ? plus(s.hidden, id) : s.hidden;
    settle(new Snapshot<>(s.tree, s.base, overlay, hidden));
  }

  int size() {
    Snapshot<T> s = snapshot;
    return s.base.size() - s.hidden.size() + s.overlay.size();
  }

  /** The {@code k} items nearest to {@code at} that pass {@code filter}, nearest first. */
  List<Hit<T>> nearest(GeoPoint at, int k, Predicate<? super T> filter) {
    Snapshot<T> s = snapshot;
    double qx = at.lon() * lonScale;
    double qy = at.lat();
    List<T> candidates = new ArrayList<>(k + s.overlay.size());
    if (!s.base.isEmpty()) {
      Object[] found = s.tree.nearestNeighbour(new Envelope(qx, qx, qy, qy), QUERY, (a, b) -> {
        T item = item(a.getItem() == QUERY ? b : a);
        return s.hidden.contains(item.id()) || !filter.test(item) ? Double.POSITIVE_INFINITY : planar(item, qx, qy);
      }, k);
      for (Object o : found) {
        @SuppressWarnings("unchecked") T item = (T) o;
        if (!s.hidden.contains(item.id()) && filter.test(item)) {
          candidates.add(item);
        }
      }
    }
    s.overlay.values().stream().filter(filter).forEach(candidates::add);
    return candidates.stream().map(i -> new Hit<>(i, at.distanceMetres(i.point())))
        .sorted(Comparator.comparingDouble((Hit<T> h) -> h.metres()).thenComparingLong(h -> h.item().id()))
        .limit(k).toList();
  }

  private void settle(Snapshot<T> next) {
    if (next.overlay.size() + next.hidden.size() <= REBUILD_AFTER) {
      snapshot = next;
      return;
    }
    Map<Long, T> base = new HashMap<>(next.base);
    next.hidden.forEach(base::remove);
    base.putAll(next.overlay);
    snapshot = new Snapshot<>(tree(base.values()), base, Map.of(), Set.of());
  }

  private STRtree tree(Collection<T> items) {
    STRtree tree = new STRtree();
    for (T item : items) {
      double x = item.point().lon() * lonScale;
      double y = item.point().lat();
      tree.insert(new Envelope(x, x, y, y), item);
    }
    tree.build();
    return tree;
  }

  private double planar(T item, double qx, double qy) {
    double dx = item.point().lon() * lonScale - qx;
    double dy = item.point().lat() - qy;
    return Math.sqrt(dx * dx + dy * dy);
  }

  @SuppressWarnings("unchecked")
  private T item(ItemBoundable boundable) {
    return (T) boundable.getItem();
  }

  private static Set<Long> plus(Set<Long> set, long id) {
    Set<Long> copy = new HashSet<>(set);
    copy.add(id);
    return copy;
  }

  /** One answer: the item and its great-circle distance in metres. */
  record Hit<T>(T item, double metres) {}

  private record Snapshot<T>(STRtree tree, Map<Long, T> base, Map<Long, T> overlay, Set<Long> hidden) {}
}
