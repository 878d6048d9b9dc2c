package org.anlan.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.ImportProgress;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/** The batch SQL of the households import: tens of thousands of rows in a few statements. */
@Component
class HouseholdBatches {

  /** Households per batch statement, and per step of the reported progress. */
  static final int BATCH = 1000;

  private final NamedParameterJdbcTemplate jdbc;

  HouseholdBatches(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The ids of the households of these zones by key {@code zoneId|head|phone}. */
  Map<String, Long> existing(Collection<Long> zoneIds) {
    Map<String, Long> ids = new HashMap<>();
    if (!zoneIds.isEmpty()) {
      jdbc.query("select id, zone_id, head_name, phone from risk_household where zone_id in (:zones)", Map.of("zones", zoneIds),
          rs -> {
            ids.put(rs.getLong("zone_id") + "|" + rs.getString("head_name") + "|" + rs.getString("phone"), rs.getLong("id"));
          });
    }
    return ids;
  }

  /** How many people each helper helps in households the import does not replace. */
  Map<Long, Integer> helpedOutside(Set<Long> helpers, Map<String, Long> existing, Map<String, HouseholdImport.Household> file) {
    Map<Long, Integer> count = new HashMap<>();
    if (helpers.isEmpty()) {
      return count;
    }
    Set<Long> replaced = new HashSet<>();
    file.keySet().forEach(key -> {
      Long id = existing.get(key);
      if (id != null) {
        replaced.add(id);
      }
    });
    jdbc.query("select helper_person_id, household_id from risk_household_vulnerable where helper_person_id in (:helpers)",
        Map.of("helpers", helpers), rs -> {
          if (!replaced.contains(rs.getLong("household_id"))) {
            count.merge(rs.getLong("helper_person_id"), 1, Integer::sum);
          }
        });
    return count;
  }

  /**
   * Inserts {@code create}, updates {@code update} (by id) and writes their vulnerable people, in
   * batches of {@link #BATCH} households reported to {@code progress}; answers how many people.
   */
  int write(List<HouseholdImport.Household> create, Map<Long, HouseholdImport.Household> update, ImportProgress progress) {
    progress.phase(ImportProgress.Phase.WRITING, create.size() + update.size());
    for (List<HouseholdImport.Household> batch : batches(create)) {
      jdbc.batchUpdate("insert into risk_household (zone_id, head_name, members, phone, address, note) values (:zone, :head, :members, :phone, :address, :note)",
          batch.stream().map(h -> params(h, null)).toArray(SqlParameterSource[]::new));
      progress.advance(batch.size());
    }
    for (List<Map.Entry<Long, HouseholdImport.Household>> batch : batches(List.copyOf(update.entrySet()))) {
      jdbc.batchUpdate("update risk_household set members = :members, address = :address, note = :note where id = :id",
          batch.stream().map(e -> params(e.getValue(), e.getKey())).toArray(SqlParameterSource[]::new));
      jdbc.batchUpdate("delete from risk_household_vulnerable where household_id = :id",
          batch.stream().map(e -> new MapSqlParameterSource("id", e.getKey())).toArray(SqlParameterSource[]::new));
      progress.advance(batch.size());
    }
    Map<String, Long> ids = existing(create.stream().map(h -> h.zone().id()).distinct().toList());
    update.forEach((id, h) -> ids.put(h.key(), id));
    List<SqlParameterSource> people = new ArrayList<>();
    for (HouseholdImport.Household h : create) {
      add(people, ids.get(h.key()), h);
    }
    update.forEach((id, h) -> add(people, id, h));
    jdbc.batchUpdate("insert into risk_household_vulnerable (household_id, name, kind, helper_person_id, note) values (:h, :name, :kind, :helper, :note)",
        people.toArray(SqlParameterSource[]::new));
    return people.size();
  }

  private static <T> List<List<T>> batches(List<T> all) {
    List<List<T>> batches = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return batches;
  }

  private static void add(List<SqlParameterSource> people, long householdId, HouseholdImport.Household h) {
    h.save().vulnerable().forEach(v -> people.add(new MapSqlParameterSource().addValue("h", householdId)
        .addValue("name", v.name()).addValue("kind", v.kind().name()).addValue("helper", v.helperPersonId())
        .addValue("note", v.note())));
  }

  private static SqlParameterSource params(HouseholdImport.Household h, Long id) {
    return new MapSqlParameterSource().addValue("id", id).addValue("zone", h.zone().id()).addValue("head", h.save().headName())
        .addValue("members", h.save().members()).addValue("phone", h.save().phone()).addValue("address", h.save().address())
        .addValue("note", h.save().note());
  }
}
