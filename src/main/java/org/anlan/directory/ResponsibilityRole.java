package org.anlan.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * 责任角色: the role in which a person answers for an area, e.g. 村社书记. The code ({@link #name()})
 * is what the API, the Excel sheets and other modules use.
 */
public enum ResponsibilityRole {
  DISTRICT_LEADER("区分管领导", "District leader in charge"),
  TOWN_LEADER("镇街分管领导", "Town leader in charge"),
  TOWN_EMERGENCY_OFFICER("镇街应急办负责人", "Head of the town emergency office"),
  VILLAGE_SECRETARY("村社书记", "Village/community party secretary"),
  VILLAGE_HEAD("村社主任", "Village/community head"),
  GRID_WORKER("网格员", "Grid worker"),
  DISASTER_INFORMANT("灾害信息员", "Disaster informant");

  private final String zh;
  private final String en;

  ResponsibilityRole(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  /** The role with this code, ignoring case and surrounding blanks. */
  public static Optional<ResponsibilityRole> find(String code) {
    String wanted = code == null ? "" : code.trim();
    return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
  }
}
