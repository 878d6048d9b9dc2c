package org.anlan.resources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** 救援队伍: a rescue team with its base, members and equipment; guards its status and the reason for it. */
@Table("resources_team")
class Team {

  @Id Long id;
  @Version Long version;
  String name;
  TeamType type;
  String areaCode;
  double lon;
  double lat;
  Long leaderPersonId;
  String dutyPhone;
  TeamStatus status;
  String statusReason;
  String note;
  @MappedCollection(idColumn = "team", keyColumn = "team_key") List<Member> members = new ArrayList<>();
  @MappedCollection(idColumn = "team", keyColumn = "team_key") List<Kit> equipment = new ArrayList<>();

  void apply(SaveTeam c) {
    name = c.name().trim();
    type = c.type();
    areaCode = c.areaCode().trim();
    lon = c.lon();
    lat = c.lat();
    leaderPersonId = c.leaderPersonId();
    dutyPhone = Text.orNull(c.dutyPhone());
    note = Text.orNull(c.note());
    members = c.members() == null ? new ArrayList<>() : new ArrayList<>(c.members().stream().map(Member::of).toList());
    equipment = c.equipment() == null ? new ArrayList<>() : new ArrayList<>(c.equipment().stream().map(Kit::of).toList());
    changeStatus(c.status(), c.statusReason());
    if (c.version() != null) {
      version = c.version();
    }
  }

  /** Standby needs no reason (and keeps none); deployed and unavailable need one. */
  void changeStatus(TeamStatus next, String reason) {
    String why = Text.orNull(reason);
    if (next != TeamStatus.STANDBY && why == null) {
      throw new RuleViolatedException("resources.status-reason-required", next.name());
    }
    status = next;
    statusReason = next == TeamStatus.STANDBY ? null : why;
  }

  Set<String> skills() {
    Set<String> all = new TreeSet<>();
    members.forEach(m -> all.addAll(m.skillList()));
    return all;
  }

  TeamSummary summary() {
    return new TeamSummary(id, name, type, areaCode, lon, lat, leaderPersonId, dutyPhone,
        members.stream().map(Member::view).toList(), equipment.stream().map(Kit::view).toList(), status, statusReason,
        note, version == null ? 0 : version);
  }

  TeamSpot spot() {
    return new TeamSpot(id, name, type, status, members.size(), skills(), areaCode, new GeoPoint(lon, lat));
  }

  /** A member row; skills comma-separated. */
  @Table("resources_team_member")
  record Member(String name, String phone, String skills, String certificates) {

    static Member of(TeamMember m) {
      return new Member(m.name().trim(), Text.orNull(m.phone()), String.join(",", m.skills()), Text.orNull(m.certificates()));
    }

    List<String> skillList() {
      return skills == null || skills.isBlank() ? List.of() : Arrays.asList(skills.split(","));
    }

    TeamMember view() {
      return new TeamMember(name, phone, skillList(), certificates);
    }
  }

  /** An equipment row (装备). */
  @Table("resources_team_equipment")
  record Kit(String name, String category, int quantity, EquipmentStatus status) {

    static Kit of(Equipment e) {
      return new Kit(e.name().trim(), Text.orNull(e.category()), e.quantity(), e.status());
    }

    Equipment view() {
      return new Equipment(name, category, quantity, status);
    }
  }
}
