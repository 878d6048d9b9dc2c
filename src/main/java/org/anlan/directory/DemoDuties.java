package org.anlan.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anlan.area.AreaCatalogue;
import org.anlan.platform.AuditLog;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 演示数据: the 六落实 people of the demo danger zones. For each zone (every {@value #GAP_EVERY}th is left
 * without, on purpose, so that only the area fallback shows): one new SYNTHETIC 群测群防员 of the zone's
 * area (mobiles {@code 1990002xxxx}, fixed seed) as 监测责任人, and the area's demo cadres as 包保, 预警,
 * 转移 and 信息报送 责任人 with AB岗 — so an unavailable 村社书记 shows there too. Two batch inserts.
 */
@Component
class DemoDuties {

  static final int GAP_EVERY = 10;
  private static final String MOBILE_PREFIX = "1990002";
  /** Who stands for the village roles when the zone lies in a town: secretary, head, grid worker, informant. */
  private static final List<List<ResponsibilityRole>> CADRES = List.of(
      List.of(ResponsibilityRole.VILLAGE_SECRETARY, ResponsibilityRole.VILLAGE_HEAD, ResponsibilityRole.GRID_WORKER,
          ResponsibilityRole.DISASTER_INFORMANT),
      List.of(ResponsibilityRole.TOWN_LEADER, ResponsibilityRole.TOWN_EMERGENCY_OFFICER, ResponsibilityRole.DISASTER_INFORMANT,
          ResponsibilityRole.DISASTER_INFORMANT));

  private final NamedParameterJdbcTemplate jdbc;
  private final DemoBatches batches;
  private final AuditLog audit;
  private final AreaCatalogue areas;

  DemoDuties(NamedParameterJdbcTemplate jdbc, DemoBatches batches, AuditLog audit, AreaCatalogue areas) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.audit = audit;
    this.areas = areas;
  }

  /** Adds the demo people and assignments of the targets, in the order given; answers the number of assignments. */
  int add(List<AssignmentTarget> targets) {
    Map<String, String> cadres = new HashMap<>();
    jdbc.query("""
        select a.area_code, a.role_code, p.mobile from directory_assignment a join directory_person p on p.id = a.person_id
        where a.target_type = 'AREA' order by a.id""", rs -> {
      cadres.putIfAbsent(rs.getString("area_code") + "|" + rs.getString("role_code"), rs.getString("mobile"));
    });
    Map<String, Long> committees = new HashMap<>();
    jdbc.query("select id, area_code from directory_organisation where kind in ('VILLAGE_COMMITTEE', 'TOWN_OFFICE') order by id",
        rs -> {
          committees.putIfAbsent(rs.getString("area_code"), rs.getLong("id"));
        });
    DemoPeople people = new DemoPeople(new Random(20260604L), MOBILE_PREFIX, nextMobile());
    List<DemoPeople.Duty> duties = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      if (i % GAP_EVERY != GAP_EVERY - 1) {
        duties.addAll(duties(targets.get(i), cadres, committees, people));
      }
    }
    batches.insertPeopleAndAssignments(people.all(), duties);
    audit.record("directory", "demo-duties", areas.root().code().value(), "seed", null,
        Map.of("targets", targets.size(), "people", people.all().size(), "assignments", duties.size(), "note", DemoDirectory.SYNTHETIC));
    return duties.size();
  }

  private static List<DemoPeople.Duty> duties(AssignmentTarget target, Map<String, String> cadres, Map<String, Long> committees,
      DemoPeople people) {
    String area = target.areaCode().value();
    List<ResponsibilityRole> roles = cadres.containsKey(area + "|" + ResponsibilityRole.VILLAGE_SECRETARY) ? CADRES.get(0) : CADRES.get(1);
    String secretary = cadres.get(area + "|" + roles.get(0));
    String head = cadres.get(area + "|" + roles.get(1));
    String grid = cadres.get(area + "|" + roles.get(2));
    String informant = cadres.get(area + "|" + roles.get(3));
    String monitor = people.add(committees.get(area), "群测群防员", area, true, null);
    List<DemoPeople.Duty> duties = new ArrayList<>();
    duty(duties, target, ResponsibilityRole.ZONE_GUARANTOR, secretary, head);
    duty(duties, target, ResponsibilityRole.ZONE_MONITOR, monitor, grid);
    duty(duties, target, ResponsibilityRole.ZONE_WARNER, grid != null ? grid : informant, monitor);
    duty(duties, target, ResponsibilityRole.ZONE_TRANSFER, head, secretary);
    duty(duties, target, ResponsibilityRole.ZONE_REPORTER, informant, grid);
    return duties;
  }

  private static void duty(List<DemoPeople.Duty> duties, AssignmentTarget target, ResponsibilityRole role, String person,
      String deputy) {
    if (person != null) {
      duties.add(new DemoPeople.Duty(target.type(), target.id(), target.areaCode().value(), role, person,
          person.equals(deputy) ? null : deputy, null));
    }
  }

  /** Counts on after the demo mobiles already there, so a second seeding (zones deleted, directory kept) does not collide. */
  private int nextMobile() {
    String max = jdbc.getJdbcTemplate().queryForObject(
        "select max(mobile) from directory_person where mobile like '" + MOBILE_PREFIX + "%'", String.class);
    return max == null ? 1 : Integer.parseInt(max.substring(MOBILE_PREFIX.length())) + 1;
  }
}
