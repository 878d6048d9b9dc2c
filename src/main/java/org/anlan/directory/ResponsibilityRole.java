package org.anlan.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 责任角色: the role in which a person answers for a target, e.g. 村社书记 for an area, 监测责任人 for a
 * danger zone. The code ({@link #name()}) is what the API, the Excel sheets and other modules use; each
 * role belongs to one {@link TargetType}.
 *
 * <p>The danger-zone roles are the people of the 六落实 of a geo-hazard point or flash-flood danger zone:
 * 包保（行政）责任人, 监测责任人, 预警责任人, 转移责任人 and 信息报送人. The other two of the six — the
 * transfer route and the safe place — are not people (see docs/directory.md).
 */
public enum ResponsibilityRole {
  DISTRICT_LEADER("区分管领导", "District leader in charge", TargetType.AREA),
  UNIT_DUTY_CONTACT("成员单位值班联系人", "Duty contact of a committee member unit or department", TargetType.AREA),
  TOWN_LEADER("镇街分管领导", "Town leader in charge", TargetType.AREA),
  TOWN_EMERGENCY_OFFICER("镇街应急办负责人", "Head of the town emergency office", TargetType.AREA),
  VILLAGE_SECRETARY("村社书记", "Village/community party secretary", TargetType.AREA),
  VILLAGE_HEAD("村社主任", "Village/community head", TargetType.AREA),
  GRID_WORKER("网格员", "Grid worker", TargetType.AREA),
  DISASTER_INFORMANT("灾害信息员", "Disaster informant", TargetType.AREA),
  ZONE_GUARANTOR("包保责任人", "Cadre answerable for the zone (包保)", TargetType.DANGER_ZONE),
  ZONE_MONITOR("监测责任人", "Monitor (群测群防员)", TargetType.DANGER_ZONE),
  ZONE_WARNER("预警责任人", "Warning officer (raises the alarm)", TargetType.DANGER_ZONE),
  ZONE_TRANSFER("转移责任人", "Transfer organiser", TargetType.DANGER_ZONE),
  ZONE_REPORTER("信息报送人", "Information reporter", TargetType.DANGER_ZONE);

  private final String zh;
  private final String en;
  private final TargetType target;

  ResponsibilityRole(String zh, String en, TargetType target) {
    this.zh = zh;
    this.en = en;
    this.target = target;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** The kind of target this role answers for. */
  public TargetType target() {
    return target;
  }

  /** The role with this code, ignoring case and surrounding blanks. */
  public static Optional<ResponsibilityRole> find(String code) {
    String wanted = code == null ? "" : code.trim();
    return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The roles for one kind of target, in declaration order. */
  public static List<ResponsibilityRole> of(TargetType target) {
    return Arrays.stream(values()).filter(r -> r.target == target).toList();
  }
}
