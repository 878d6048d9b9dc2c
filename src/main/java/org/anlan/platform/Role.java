package org.anlan.platform;

/** What a user may do; where they may do it is their {@link Actor#scope() area scope}. */
public enum Role {
  /** 区管理员: manages users, master data and sees the audit log. */
  DISTRICT_ADMIN,
  /** 值班员: the district duty officer. */
  DUTY_OFFICER,
  /** 行业部门用户: a department user. */
  DEPARTMENT_USER,
  /** 镇街应急干部: a town/street emergency officer. */
  TOWN_OFFICER,
  /** 村社干部: a village/community cadre or grid worker. */
  VILLAGE_OFFICER,
  /** 领导 (只读): a leader who reads everything in scope and changes nothing. */
  LEADER;

  public String authority() {
    return "ROLE_" + name();
  }
}
