package org.anlan.area;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoShape;
import org.anlan.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The administrative tree, held in memory (a district has a few hundred divisions) and loaded from
 * the database at start. Answers children, ancestors, descendants and "is X within Y".
 */
@Service
public class AreaCatalogue {

  private final AreaStore store;
  private volatile Snapshot snapshot;

  AreaCatalogue(AreaStore store, AreaSeed seed) {
    this.store = store;
    seed.seedIfEmpty();
    reload();
  }

  /** Re-reads the tree after a change to the divisions. */
  public void reload() {
    snapshot = new Snapshot(store.findAll(), store.findBoundaries());
  }

  public Area root() {
    return snapshot.root;
  }

  public List<Area> all() {
    return snapshot.ordered;
  }

  public Optional<Area> find(AreaCode code) {
    return Optional.ofNullable(snapshot.byCode.get(code));
  }

  /** The area, or 404 {@code area.not-found}. */
  public Area get(AreaCode code) {
    return find(code).orElseThrow(() -> new NotFoundException("area.not-found", code.value()));
  }

  /** Parses and checks a code given by a user: 422 when malformed, 404 when unknown. */
  public Area get(String code) {
    return get(AreaCode.of(code));
  }

  public List<Area> children(AreaCode code) {
    return snapshot.children.getOrDefault(get(code).code(), List.of());
  }

  /** From the parent up to the root. */
  public List<Area> ancestors(AreaCode code) {
    List<Area> result = new ArrayList<>();
    for (Area a = get(code); a.parent() != null; ) {
      a = snapshot.byCode.get(a.parent());
      if (a == null) {
        break;
      }
      result.add(a);
    }
    return result;
  }

  /** The area itself and everything below it, depth first. */
  public List<Area> subtree(AreaCode code) {
    List<Area> result = new ArrayList<>();
    collect(get(code), result);
    return result;
  }

  /** True when {@code inner} is {@code outer} or lies below it. */
  public boolean isWithin(AreaCode inner, AreaCode outer) {
    for (Area a = snapshot.byCode.get(inner); a != null; a = a.parent() == null ? null : snapshot.byCode.get(a.parent())) {
      if (a.code().equals(outer)) {
        return true;
      }
    }
    return false;
  }

  public List<Area> atLevel(AreaLevel level) {
    return snapshot.ordered.stream().filter(a -> a.level() == level).toList();
  }

  /** The boundary of an area, with where it comes from; towns have estimated ones only. */
  public Optional<Boundary> boundary(AreaCode code) {
    return Optional.ofNullable(snapshot.boundaries.get(code));
  }

  private void collect(Area area, List<Area> into) {
    into.add(area);
    snapshot.children.getOrDefault(area.code(), List.of()).forEach(c -> collect(c, into));
  }

  /** A boundary polygon and its provenance. */
  public record Boundary(AreaCode code, GeoShape shape, LocationSource source) {}

  private static final class Snapshot {
    final List<Area> ordered;
    final Map<AreaCode, Area> byCode;
    final Map<AreaCode, List<Area>> children;
    final Map<AreaCode, Boundary> boundaries;
    final Area root;

    Snapshot(List<Area> areas, List<Boundary> boundaries) {
      this.ordered = areas.stream().sorted(java.util.Comparator.comparing(Area::code)).toList();
      this.byCode = ordered.stream().collect(Collectors.toUnmodifiableMap(Area::code, Function.identity()));
      this.children = ordered.stream().filter(a -> a.parent() != null && byCode.containsKey(a.parent()))
          .collect(Collectors.groupingBy(Area::parent, Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)));
      this.boundaries = boundaries.stream().collect(Collectors.toUnmodifiableMap(Boundary::code, Function.identity()));
      this.root = ordered.stream().filter(a -> a.parent() == null || !byCode.containsKey(a.parent())).findFirst()
          .orElseThrow(() -> new IllegalStateException("the area tree has no root"));
    }
  }
}
