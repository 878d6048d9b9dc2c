package org.anlan.directory;

/** What an organisation (单位) is. */
public enum OrganisationKind {
  /** 安委会/减灾委成员单位: a member unit of the district safety or disaster-reduction committee. */
  COMMITTEE_MEMBER_UNIT,
  /** 部门: a government department. */
  DEPARTMENT,
  /** 镇街政府/办事处: a town government or street office. */
  TOWN_OFFICE,
  /** 村社委员会: a village or community committee. */
  VILLAGE_COMMITTEE,
  /** 企业: an enterprise. */
  ENTERPRISE,
  /** 其他. */
  OTHER
}
