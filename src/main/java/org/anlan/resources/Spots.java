package org.anlan.resources;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anlan.shared.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads teams and warehouses as the nearest-available index holds them, in two or three queries each. */
@Component
class Spots {

  private final JdbcClient jdbc;

  Spots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<TeamSpot> teams() {
    Map<Long, Set<String>> skills = new HashMap<>();
    Map<Long, Integer> members = new HashMap<>();
    jdbc.sql("select team, skills from resources_team_member").query(rs -> {
      long team = rs.getLong(1);
      members.merge(team, 1, Integer::sum);
      String tags = rs.getString(2);
      Set<String> set = skills.computeIfAbsent(team, t -> new TreeSet<>());
      if (tags != null && !tags.isBlank()) {
        set.addAll(Arrays.asList(tags.split(",")));
      }
    });
    return jdbc.sql("select id, name, type, status, area_code, lon, lat from resources_team")
        .query((rs, n) -> {
          long id = rs.getLong("id");
          return new TeamSpot(id, rs.getString("name"), TeamType.valueOf(rs.getString("type")),
              TeamStatus.valueOf(rs.getString("status")), members.getOrDefault(id, 0), skills.getOrDefault(id, Set.of()),
              rs.getString("area_code"), new GeoPoint(rs.getDouble("lon"), rs.getDouble("lat")));
        }).list();
  }

  List<WarehouseSpot> warehouses() {
    Map<Long, Map<String, Long>> stock = new HashMap<>();
    jdbc.sql("select warehouse_id, item_code, quantity from resources_stock where quantity > 0")
        .query(rs -> {
          stock.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
    return jdbc.sql("select id, name, level, area_code, lon, lat from resources_warehouse")
        .query((rs, n) -> {
          long id = rs.getLong("id");
          return new WarehouseSpot(id, rs.getString("name"), WarehouseLevel.valueOf(rs.getString("level")),
              stock.getOrDefault(id, Map.of()), rs.getString("area_code"),
              new GeoPoint(rs.getDouble("lon"), rs.getDouble("lat")));
        }).list();
  }
}
