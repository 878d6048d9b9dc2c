package org.anlan.warning;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.warning.alarm}: where an alarm's warning is issued at once instead of waiting
 * as a draft for the duty officer.
 *
 * @param autoIssue area code → the lowest level issued directly for alarms in that area or below it, e.g.
 *     {@code anlan.warning.alarm.auto-issue.500152110000=ORANGE} (双江镇: orange and red alarms are warned at
 *     once). The most specific area listed decides. Empty (the default): every alarm waits as a draft.
 * @param mergeByTown whether an alarm joins the open alarm draft of the same town and warning type (its
 *     village added to the areas, the level raised if higher) instead of making a draft of its own (default true:
 *     a storm makes one draft per town, not one per gauge)
 * @param mergeNoticeEvery the duty officers hear in-app that further alarms joined a draft at most once in this time
 *     per draft (default 1 min; a rise of the draft's level is always told at once). The draft itself lists every
 *     merged station. 0 tells every merge
 */
@ConfigurationProperties("anlan.warning.alarm")
public record AlarmPolicy(Map<String, WarningLevel> autoIssue, @DefaultValue("true") boolean mergeByTown,
    @DefaultValue("PT1M") java.time.Duration mergeNoticeEvery) {

  public AlarmPolicy {
    autoIssue = autoIssue == null ? Map.of() : Map.copyOf(autoIssue);
  }
}
