package org.anlan.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/** Batch inserts for the demo data: a few thousand rows in well under a second. */
@Component
class DemoBatches {

  /** The district's committee member units and departments (real kinds of units; no real people). */
  static final List<String> UNIT_NAMES = List.of("区应急管理局", "区水利局", "区规划自然资源局", "区气象局", "区住房城乡建委",
      "区交通运输委", "区教委", "区卫生健康委", "区公安局", "区消防救援支队", "区民政局", "区农业农村委", "区林业局", "区经济信息委",
      "区商务委", "区市场监管局", "区城市管理局", "区生态环境局", "区财政局", "区武装部");

  /**
   * Synthetic committee memberships (no real membership list was used): most units sit on both the disaster-reduction
   * (区减灾委) and the work-safety committee (区安委会); these on one only.
   */
  static final java.util.Set<String> DISASTER_ONLY = java.util.Set.of("区气象局", "区民政局", "区武装部");
  static final java.util.Set<String> SAFETY_ONLY = java.util.Set.of("区经济信息委", "区商务委", "区市场监管局");

  /** An organisation to insert; {@code parentName} names a town office in the same batch. */
  record Org(String name, OrganisationKind kind, String areaCode, String parentName, String committees) {}

  private final NamedParameterJdbcTemplate jdbc;

  DemoBatches(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static List<Org> districtUnits(String district) {
    List<Org> units = new ArrayList<>();
    units.add(new Org("区人民政府", OrganisationKind.OTHER, district, null, ""));
    for (String name : UNIT_NAMES) {
      boolean department = name.equals("区财政局") || name.equals("区武装部");
      units.add(new Org(name, department ? OrganisationKind.DEPARTMENT : OrganisationKind.COMMITTEE_MEMBER_UNIT, district, null,
          DISASTER_ONLY.contains(name) ? "区减灾委" : SAFETY_ONLY.contains(name) ? "区安委会" : "区减灾委,区安委会"));
    }
    return units;
  }

  /** Inserts the organisations (parents first) and answers their ids by {@code areaCode|name}. */
  Map<String, Long> insertOrganisations(List<Org> orgs) {
    String sql = "insert into directory_organisation (name, kind, area_code, parent_id, committees, note) values (:name, :kind, :area, :parent, :committees, :note)";
    Map<String, Long> ids = new HashMap<>();
    List<Org> roots = orgs.stream().filter(o -> o.parentName() == null).toList();
    List<Org> children = orgs.stream().filter(o -> o.parentName() != null).toList();
    for (List<Org> batch : List.of(roots, children)) {
      Map<String, Long> byName = new HashMap<>(ids);
      ids.forEach((key, id) -> byName.putIfAbsent(key.substring(key.indexOf('|') + 1), id));
      jdbc.batchUpdate(sql, batch.stream().map(o -> (SqlParameterSource) new MapSqlParameterSource()
          .addValue("name", o.name()).addValue("kind", o.kind().name()).addValue("area", o.areaCode())
          .addValue("parent", o.parentName() == null ? null : byName.get(o.parentName()))
          .addValue("committees", o.committees()).addValue("note", DemoDirectory.SYNTHETIC)).toArray(SqlParameterSource[]::new));
      jdbc.query("select id, name, area_code from directory_organisation", rs -> {
        ids.put(rs.getString("area_code") + "|" + rs.getString("name"), rs.getLong("id"));
      });
    }
    return ids;
  }

  /** Inserts the people, then the assignments naming them by mobile; answers the number of assignments. */
  int insertPeopleAndAssignments(List<DemoPeople.DemoPerson> people, List<DemoPeople.Duty> duties) {
    jdbc.batchUpdate("""
        insert into directory_person (name, organisation_id, position, mobile, email, area_code, available, note)
        values (:name, :org, :position, :mobile, :email, :area, :available, :note)""",
        people.stream().map(p -> (SqlParameterSource) new MapSqlParameterSource().addValue("name", p.name())
            .addValue("org", p.organisationId()).addValue("position", p.position()).addValue("mobile", p.mobile())
            .addValue("email", p.email()).addValue("area", p.areaCode()).addValue("available", p.available())
            .addValue("note", p.note())).toArray(SqlParameterSource[]::new));
    Map<String, Long> ids = new HashMap<>();
    jdbc.query("select id, mobile from directory_person", rs -> {
      ids.put(rs.getString("mobile"), rs.getLong("id"));
    });
    jdbc.batchUpdate("""
        insert into directory_assignment (person_id, deputy_person_id, role_code, target_type, target_id, area_code, valid_to, note)
        values (:person, :deputy, :role, :type, :target, :area, :validTo, :note)""",
        duties.stream().map(d -> (SqlParameterSource) new MapSqlParameterSource().addValue("person", ids.get(d.personMobile()))
            .addValue("deputy", d.deputyMobile() == null ? null : ids.get(d.deputyMobile())).addValue("role", d.role().name())
            .addValue("type", d.targetType().name()).addValue("target", d.targetId())
            .addValue("area", d.areaCode()).addValue("validTo", d.validTo(), java.sql.Types.DATE)
            .addValue("note", DemoDirectory.SYNTHETIC)).toArray(SqlParameterSource[]::new));
    return duties.size();
  }
}
