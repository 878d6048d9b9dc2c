package org.anlan.warning;

import java.util.List;

/**
 * One person who receives a warning (预警接收人), once however many reasons they have.
 *
 * @param reasons why, one line each, e.g. "村社书记 · 龙滩村", "隐患点包保责任人 · 新街滑坡（AB岗）",
 *     "一对一帮扶人 · 张某某（新街滑坡）"
 * @param areaCode the area of the first reason (for a zone or a helper: the zone's area)
 * @param zoneId the danger zone of the first reason, if it is about a zone
 * @param via how the person was found: PERSON (the assignee, or a helper) whenever any reason is direct;
 *     otherwise that of the first reason: DEPUTY (AB岗: the assignee is away or the term has ended) or
 *     PARENT (nobody answers at the area, the same role at an area above does)
 */
public record Recipient(long personId, String name, String mobile, List<String> reasons, String areaCode, Long zoneId,
    Via via) {

  public enum Via {
    PERSON, DEPUTY, PARENT
  }
}
