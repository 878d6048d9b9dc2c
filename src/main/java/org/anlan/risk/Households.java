package org.anlan.risk;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The households (住户) of danger zones and their vulnerable people, read and written with SQL: a
 * zone's households load in two queries, whatever their number.
 */
@Component
class Households {

  /** What a zone's households add up to. */
  record Counts(int households, int people, int vulnerable, int unpaired) {
    static final Counts NONE = new Counts(0, 0, 0, 0);
  }

  /** A stored household row without its vulnerable people. */
  record Row(long id, long zoneId, String headName, int members, String phone, String address, String note) {}

  /** A stored vulnerable person row. */
  record Vulnerable(long id, long householdId, long zoneId, String zoneName, String areaCode, String name,
      VulnerableKind kind, Long helperPersonId, String note) {}

  private static final String VULNERABLE = """
      select v.id, v.household_id, h.zone_id, z.name as zone_name, z.area_code, v.name, v.kind, v.helper_person_id, v.note
      from risk_household_vulnerable v join risk_household h on h.id = v.household_id join risk_zone z on z.id = h.zone_id""";

  private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getLong("zone_id"),
      rs.getString("head_name"), rs.getInt("members"), rs.getString("phone"), rs.getString("address"), rs.getString("note"));

  private static final RowMapper<Vulnerable> VULNERABLE_ROW = (rs, n) -> {
    long helper = rs.getLong("helper_person_id");
    Long helperId = rs.wasNull() ? null : helper;
    return new Vulnerable(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("zone_id"), rs.getString("zone_name"),
        rs.getString("area_code"), rs.getString("name"), VulnerableKind.valueOf(rs.getString("kind")), helperId,
        rs.getString("note"));
  };

  private final JdbcClient jdbc;

  Households(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Counts> counts(Collection<Long> zoneIds) {
    Map<Long, Counts> counts = new HashMap<>();
    if (zoneIds.isEmpty()) {
      return counts;
    }
    jdbc.sql("""
        select h.zone_id, count(distinct h.id) as households, coalesce(sum(h.members), 0) as people
        from risk_household h where h.zone_id in (:ids) group by h.zone_id""").param("ids", zoneIds)
        .query(rs -> {
          counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3), 0, 0));
        });
    jdbc.sql("""
        select h.zone_id, count(*), sum(case when v.helper_person_id is null then 1 else 0 end)
        from risk_household_vulnerable v join risk_household h on h.id = v.household_id
        where h.zone_id in (:ids) group by h.zone_id""").param("ids", zoneIds)
        .query(rs -> {
          Counts c = counts.getOrDefault(rs.getLong(1), Counts.NONE);
          counts.put(rs.getLong(1), new Counts(c.households(), c.people(), rs.getInt(2), rs.getInt(3)));
        });
    return counts;
  }

  /** The zone's households in head-name order, each with its vulnerable people: two queries. */
  Map<Row, List<Vulnerable>> ofZone(long zoneId) {
    Map<Long, List<Vulnerable>> byHousehold = new HashMap<>();
    jdbc.sql(VULNERABLE + " where h.zone_id = :zone order by v.id").param("zone", zoneId).query(VULNERABLE_ROW).list()
        .forEach(v -> byHousehold.computeIfAbsent(v.householdId(), k -> new java.util.ArrayList<>()).add(v));
    Map<Row, List<Vulnerable>> answer = new LinkedHashMap<>();
    jdbc.sql("select * from risk_household where zone_id = :zone order by head_name, id").param("zone", zoneId)
        .query(ROW).list().forEach(r -> answer.put(r, byHousehold.getOrDefault(r.id(), List.of())));
    return answer;
  }

  Optional<Row> find(long id) {
    return jdbc.sql("select * from risk_household where id = :id").param("id", id).query(ROW).optional();
  }

  Optional<Long> findByKey(long zoneId, String headName, String phone) {
    return jdbc.sql("select id from risk_household where zone_id = :zone and head_name = :head and phone = :phone")
        .param("zone", zoneId).param("head", headName).param("phone", phone).query(Long.class).optional();
  }

  List<Vulnerable> ofHousehold(long householdId) {
    return jdbc.sql(VULNERABLE + " where v.household_id = :id order by v.id").param("id", householdId).query(VULNERABLE_ROW).list();
  }

  Optional<Vulnerable> vulnerable(long id) {
    return jdbc.sql(VULNERABLE + " where v.id = :id").param("id", id).query(VULNERABLE_ROW).optional();
  }

  /** Vulnerable people of zones in these areas; only those without a helper when {@code unpairedOnly}. */
  List<Vulnerable> vulnerableIn(Collection<String> areaCodes, boolean unpairedOnly) {
    return jdbc.sql(VULNERABLE + " where z.area_code in (:areas)" + (unpairedOnly ? " and v.helper_person_id is null" : "")
        + " order by z.area_code, z.code, v.id").param("areas", areaCodes).query(VULNERABLE_ROW).list();
  }

  /** How many vulnerable people {@code personId} helps, not counting those of household {@code except}. */
  int helped(long personId, long except) {
    return jdbc.sql("select count(*) from risk_household_vulnerable where helper_person_id = :p and household_id <> :h")
        .param("p", personId).param("h", except).query(Integer.class).single();
  }

  long insert(long zoneId, SaveHousehold c) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into risk_household (zone_id, head_name, members, phone, address, note) values (:zone, :head, :members, :phone, :address, :note)")
        .param("zone", zoneId).param("head", c.headName().trim()).param("members", c.members()).param("phone", c.phone())
        .param("address", orNull(c.address())).param("note", orNull(c.note())).update(keys, "id");
    long id = keys.getKey().longValue();
    insertVulnerable(id, c);
    return id;
  }

  void update(long id, SaveHousehold c) {
    jdbc.sql("update risk_household set head_name = :head, members = :members, phone = :phone, address = :address, note = :note where id = :id")
        .param("id", id).param("head", c.headName().trim()).param("members", c.members()).param("phone", c.phone())
        .param("address", orNull(c.address())).param("note", orNull(c.note())).update();
    jdbc.sql("delete from risk_household_vulnerable where household_id = :id").param("id", id).update();
    insertVulnerable(id, c);
  }

  void delete(long id) {
    jdbc.sql("delete from risk_household_vulnerable where household_id = :id").param("id", id).update();
    jdbc.sql("delete from risk_household where id = :id").param("id", id).update();
  }

  void deleteOfZone(long zoneId) {
    jdbc.sql("delete from risk_household_vulnerable where household_id in (select id from risk_household where zone_id = :z)")
        .param("z", zoneId).update();
    jdbc.sql("delete from risk_household where zone_id = :z").param("z", zoneId).update();
  }

  void pair(long vulnerableId, Long helperPersonId) {
    jdbc.sql("update risk_household_vulnerable set helper_person_id = :p where id = :id").param("p", helperPersonId)
        .param("id", vulnerableId).update();
  }

  private void insertVulnerable(long householdId, SaveHousehold c) {
    for (SaveVulnerablePerson v : c.vulnerable()) {
      jdbc.sql("insert into risk_household_vulnerable (household_id, name, kind, helper_person_id, note) values (:h, :name, :kind, :helper, :note)")
          .param("h", householdId).param("name", v.name().trim()).param("kind", v.kind().name())
          .param("helper", v.helperPersonId()).param("note", orNull(v.note())).update();
    }
  }

  static String orNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
