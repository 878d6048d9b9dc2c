package org.anlan.resources;

import org.anlan.platform.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Area;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports rescue teams (sheet 队伍) with their members (sheet 队员) all or nothing: every row is
 * checked first; then teams, keyed by name and area, are created or updated (members replaced,
 * leader and equipment kept) through {@link TeamDesk}, audited.
 */
@Service
class TeamImport {

  static final String TEAMS = "队伍";
  static final String MEMBERS = "队员";
  static final Map<String, List<String>> LAYOUT = layout();
  static final Map<TeamType, String> TYPES = Map.of(TeamType.PROFESSIONAL, "专业队伍", TeamType.TOWN_COMPREHENSIVE,
      "镇街综合应急队伍", TeamType.SOCIAL, "社会救援力量", TeamType.ENTERPRISE, "企业队伍");
  static final Map<TeamStatus, String> STATUSES = Map.of(TeamStatus.STANDBY, "待命", TeamStatus.DEPLOYED, "已出动",
      TeamStatus.UNAVAILABLE, "不可用");

  private final TeamDesk desk;
  private final Teams teams;
  private final ImportChecks checking;

  TeamImport(TeamDesk desk, Teams teams, ImportChecks checking) {
    this.desk = desk;
    this.teams = teams;
    this.checking = checking;
  }

  private static Map<String, List<String>> layout() {
    Map<String, List<String>> layout = new LinkedHashMap<>();
    layout.put(TEAMS, List.of("名称", "类型", "区域代码", "经度", "纬度", "值班电话", "状态", "原因"));
    layout.put(MEMBERS, List.of("队伍名称", "区域代码", "姓名", "电话", "技能", "证书"));
    return layout;
  }

  @Transactional
  ImportCounts importWorkbook(InputStream in) {
    RowChecks checks = checking.start();
    Map<String, List<Sheets.Line>> sheets = checks.read(in, LAYOUT);
    Map<String, List<TeamMember>> members = new HashMap<>();
    for (Sheets.Line line : sheets.get(MEMBERS)) {
      String key = line.get("队伍名称") + "|" + line.get("区域代码");
      String name = checks.required(line, "姓名", 50);
      String phone = checks.optional(line, "电话", 20);
      if (phone != null && !phone.matches("[0-9+\\- ]*")) {
        checks.add(line, "电话", "invalid", phone);
      }
      List<String> skills = line.get("技能").isEmpty() ? List.of()
          : Arrays.stream(line.get("技能").split("[、,，;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      skills.stream().filter(s -> s.length() > 20).findFirst().ifPresent(s -> checks.add(line, "技能", "too-long", 20));
      members.computeIfAbsent(key, k -> new ArrayList<>()).add(new TeamMember(name, phone, skills, checks.optional(line, "证书", 300)));
    }
    Map<String, SaveTeam> planned = new LinkedHashMap<>();
    for (Sheets.Line line : sheets.get(TEAMS)) {
      String name = checks.required(line, "名称", 100);
      Area area = checks.area(line, "区域代码");
      TeamType type = checks.choice(line, "类型", TeamType.class, TYPES);
      TeamStatus status = checks.choice(line, "状态", TeamStatus.class, STATUSES);
      Double lon = checks.decimal(line, "经度");
      Double lat = checks.decimal(line, "纬度");
      checks.inside(line, lon, lat);
      String reason = checks.optional(line, "原因", 200);
      if (status != null && status != TeamStatus.STANDBY && reason == null) {
        checks.add(line, "原因", "required");
      }
      String key = name + "|" + line.get("区域代码");
      if (planned.containsKey(key)) {
        checks.add(line, "名称", "duplicate", name);
      }
      if (area != null) {
        planned.put(key, new SaveTeam(name, type, area.code().value(), lon, lat, null, checks.optional(line, "值班电话", 20),
            members.getOrDefault(key, List.of()), List.of(), status, reason, null, null));
      }
    }
    sheets.get(MEMBERS).stream().filter(l -> !planned.containsKey(l.get("队伍名称") + "|" + l.get("区域代码")))
        .forEach(l -> checks.add(l, "队伍名称", "team-unknown", l.get("队伍名称")));
    checks.throwIfAny();
    int created = 0;
    int updated = 0;
    for (SaveTeam team : planned.values()) {
      Team existing = teams.findByNameAndAreaCode(team.name(), team.areaCode()).orElse(null);
      if (existing == null) {
        desk.create(team);
        created++;
      } else {
        TeamSummary old = existing.summary();
        desk.update(existing.id, new SaveTeam(team.name(), team.type(), team.areaCode(), team.lon(), team.lat(),
            old.leaderPersonId(), team.dutyPhone(), team.members(), old.equipment(), team.status(), team.statusReason(),
            old.note(), null));
        updated++;
      }
    }
    return new ImportCounts(created, updated, 0);
  }

  /** The team sheet and member sheet rows of {@code list}. */
  static Map<String, List<List<String>>> rows(List<TeamSummary> list) {
    List<List<String>> teamRows = new ArrayList<>();
    List<List<String>> memberRows = new ArrayList<>();
    for (TeamSummary t : list) {
      teamRows.add(Arrays.asList(t.name(), TYPES.get(t.type()), t.areaCode(), String.valueOf(t.lon()), String.valueOf(t.lat()),
          t.dutyPhone(), STATUSES.get(t.status()), t.statusReason()));
      t.members().forEach(m -> memberRows.add(Arrays.asList(t.name(), t.areaCode(), m.name(), m.phone(),
          String.join("、", m.skills()), m.certificates())));
    }
    return Map.of(TEAMS, teamRows, MEMBERS, memberRows);
  }
}
