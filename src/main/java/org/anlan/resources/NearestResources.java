package org.anlan.resources;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.anlan.area.AreaCatalogue;
import org.anlan.platform.AfterCommit;
import org.anlan.shared.AreaCode;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 就近调用: "nearest available" — the k resources of a kind nearest to a point by straight-line
 * distance that can be used now, within an area. Answers from an in-memory JTS index, loaded from the
 * database on first use and changed after each committed edit: shelters with free places, rescue
 * teams on standby (with a skill), warehouses holding an item.
 */
@Service
public class NearestResources {

  public static final int MAX_K = 50;

  private final JdbcClient jdbc;
  private final AreaCatalogue areas;
  private final Spots spots;
  private SpatialIndex<ShelterSpot> shelters;
  private SpatialIndex<TeamSpot> teams;
  private SpatialIndex<WarehouseSpot> warehouses;

  NearestResources(JdbcClient jdbc, AreaCatalogue areas, Spots spots) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.spots = spots;
  }

  /**
   * The {@code k} (1 to {@value #MAX_K}) nearest usable resources of {@code kind} in {@code within},
   * nearest first; for shelters, OPEN or READY with at least {@code minFree} (and at least one) places left.
   */
  public List<Nearby> nearest(GeoPoint at, ResourceKind kind, int k, int minFree, AreaCode within) {
    return switch (kind) {
      case SHELTER -> nearestShelters(at, k, minFree, within);
      case TEAM -> nearestTeams(at, k, null, within);
      case WAREHOUSE -> nearestWarehouses(at, k, null, 1, within);
    };
  }

  /** The {@code k} nearest rescue teams on standby in {@code within}, with a member skilled in {@code skill} when given. */
  public List<Nearby> nearestTeams(GeoPoint at, int k, String skill, AreaCode within) {
    checkK(k);
    Predicate<LocatedResource> inScope = inScope(within);
    return teams().nearest(at, k, t -> t.available(skill) && inScope.test(t)).stream()
        .map(h -> new Nearby(ResourceKind.TEAM, h.item().id(), h.item().name(), h.item().areaCode(),
            h.item().point().lon(), h.item().point().lat(), Math.round(h.metres()), h.item().members(),
            h.item().status().name()))
        .toList();
  }

  /**
   * The {@code k} nearest warehouses in {@code within} holding at least {@code minQty} of item {@code item}
   * (any warehouse when no item is given); {@code free} is the quantity held of the item.
   */
  public List<Nearby> nearestWarehouses(GeoPoint at, int k, String item, long minQty, AreaCode within) {
    checkK(k);
    if (minQty < 1) {
      throw new RuleViolatedException("resources.min-qty-invalid", minQty);
    }
    Predicate<LocatedResource> inScope = inScope(within);
    return warehouses().nearest(at, k, w -> w.holds(item, minQty) && inScope.test(w)).stream()
        .map(h -> new Nearby(ResourceKind.WAREHOUSE, h.item().id(), h.item().name(), h.item().areaCode(),
            h.item().point().lon(), h.item().point().lat(), Math.round(h.metres()),
            (int) Math.min(Integer.MAX_VALUE, h.item().quantity(item)), h.item().level().name()))
        .toList();
  }

  private static void checkK(int k) {
    if (k < 1 || k > MAX_K) {
      throw new RuleViolatedException("resources.k-out-of-range", k, MAX_K);
    }
  }

  private List<Nearby> nearestShelters(GeoPoint at, int k, int minFree, AreaCode within) {
    checkK(k);
    if (minFree < 0) {
      throw new RuleViolatedException("resources.min-free-invalid", minFree);
    }
    Predicate<LocatedResource> inScope = inScope(within);
    return shelters().nearest(at, k, s -> s.takes(minFree) && inScope.test(s)).stream()
        .map(h -> new Nearby(ResourceKind.SHELTER, h.item().id(), h.item().name(), h.item().areaCode(),
            h.item().point().lon(), h.item().point().lat(), Math.round(h.metres()), h.item().free(),
            h.item().status().name()))
        .toList();
  }

  /** Forgets the index; the next question reloads it (after a bulk load such as the demo data). */
  public synchronized void reload() {
    shelters = null;
    teams = null;
    warehouses = null;
  }

  void teamSaved(TeamSpot spot) {
    AfterCommit.run(() -> {
      synchronized (this) {
        if (teams != null) {
          teams.put(spot);
        }
      }
    });
  }

  void teamDeleted(long id) {
    AfterCommit.run(() -> {
      synchronized (this) {
        if (teams != null) {
          teams.remove(id);
        }
      }
    });
  }

  void warehouseSaved(WarehouseSpot spot) {
    AfterCommit.run(() -> {
      synchronized (this) {
        if (warehouses != null) {
          warehouses.put(spot);
        }
      }
    });
  }

  void warehouseDeleted(long id) {
    AfterCommit.run(() -> {
      synchronized (this) {
        if (warehouses != null) {
          warehouses.remove(id);
        }
      }
    });
  }

  private synchronized SpatialIndex<TeamSpot> teams() {
    if (teams == null) {
      teams = new SpatialIndex<>(referenceLatitude(), spots.teams());
    }
    return teams;
  }

  private synchronized SpatialIndex<WarehouseSpot> warehouses() {
    if (warehouses == null) {
      warehouses = new SpatialIndex<>(referenceLatitude(), spots.warehouses());
    }
    return warehouses;
  }

  void shelterSaved(ShelterSpot spot) {
    AfterCommit.run(() -> {
      synchronized (this) {
        if (shelters != null) {
          shelters.put(spot);
        }
      }
    });
  }

  void shelterDeleted(long id) {
    AfterCommit.run(() -> {
      synchronized (this) {
        if (shelters != null) {
          shelters.remove(id);
        }
      }
    });
  }

  private synchronized SpatialIndex<ShelterSpot> shelters() {
    if (shelters == null) {
      List<ShelterSpot> spots = jdbc.sql("select id, name, type, status, capacity - occupancy as free, area_code, lon, lat from resources_shelter")
          .query((rs, n) -> new ShelterSpot(rs.getLong("id"), rs.getString("name"), ShelterType.valueOf(rs.getString("type")),
              ShelterStatus.valueOf(rs.getString("status")), rs.getInt("free"), rs.getString("area_code"),
              new GeoPoint(rs.getDouble("lon"), rs.getDouble("lat"))))
          .list();
      shelters = new SpatialIndex<>(referenceLatitude(), spots);
    }
    return shelters;
  }

  private double referenceLatitude() {
    GeoPoint centre = areas.root().centre();
    return centre == null ? 30.0 : centre.lat();
  }

  private Predicate<LocatedResource> inScope(AreaCode within) {
    if (within.equals(areas.root().code())) {
      return r -> true;
    }
    Set<String> codes = areas.subtree(within).stream().map(a -> a.code().value()).collect(Collectors.toSet());
    return r -> codes.contains(r.areaCode());
  }
}
