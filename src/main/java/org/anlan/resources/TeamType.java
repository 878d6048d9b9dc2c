package org.anlan.resources;

/** The kinds of rescue team (救援队伍类型). */
public enum TeamType {
  /** 专业队伍: e.g. fire and rescue, mine rescue, flood rescue. */
  PROFESSIONAL,
  /** 镇街综合应急队伍: the comprehensive team of a town or sub-district. */
  TOWN_COMPREHENSIVE,
  /** 社会救援力量: volunteer and social rescue organisations. */
  SOCIAL,
  /** 企业队伍: a team kept by an enterprise. */
  ENTERPRISE
}
