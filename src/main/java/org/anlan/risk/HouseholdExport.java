package org.anlan.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the households of some zones as the households workbook: one query, one row per vulnerable person (at least one per household). */
@Component
class HouseholdExport {

  private final NamedParameterJdbcTemplate jdbc;
  private final DirectoryDesk directory;

  HouseholdExport(NamedParameterJdbcTemplate jdbc, DirectoryDesk directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  byte[] template() {
    return HouseholdSheet.write(List.<String[]>of(new String[] {"DZ-110-001", "张三（示例）", "4", "13800000000", "某村3组",
        "", "李四（示例）", "独居老人", "", ""}));
  }

  byte[] export(Collection<Long> zoneIds) {
    List<String[]> rows = new ArrayList<>();
    Map<Long, Optional<PersonSummary>> helpers = new HashMap<>();
    if (!zoneIds.isEmpty()) {
      jdbc.query("""
          select z.code, h.head_name, h.members, h.phone, h.address, h.note, v.name, v.kind, v.helper_person_id
          from risk_household h join risk_zone z on z.id = h.zone_id left join risk_household_vulnerable v on v.household_id = h.id
          where h.zone_id in (:zones) order by z.code, h.head_name, h.id, v.id""", Map.of("zones", zoneIds), rs -> {
            long helper = rs.getLong("helper_person_id");
            Long helperId = rs.wasNull() ? null : helper;
            String kind = rs.getString("kind");
            String helperName = helperId == null ? null
                : helpers.computeIfAbsent(helperId, directory::findPerson).map(PersonSummary::name).orElse(null);
            rows.add(new String[] {rs.getString("code"), rs.getString("head_name"), String.valueOf(rs.getInt("members")),
                rs.getString("phone"), rs.getString("address"), rs.getString("note"), rs.getString("name"),
                kind == null ? null : VulnerableKind.valueOf(kind).zh(), helperId == null ? null : String.valueOf(helperId), helperName});
          });
    }
    return HouseholdSheet.write(rows);
  }
}
