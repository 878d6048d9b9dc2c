/**
 * 预警: warnings (type, level 蓝/黄/橙/红, text, 断禁停撤疏 measures, target areas and polygon, validity) with
 * their lifecycle draft → awaiting approval → issued → updated → lifted (or expired; or discarded before issue), approval by a
 * configurable level → roles policy, CAP 1.2 export per warning, a public Atom feed of active warnings and
 * CAP 1.2 import as external warnings that can be adopted as drafts. Publishes
 * {@link org.anlan.warning.WarningIssued}, {@link org.anlan.warning.WarningUpdated} and
 * {@link org.anlan.warning.WarningLifted}; it hears
 * {@link org.anlan.monitoring.AlarmRaised} and {@link org.anlan.monitoring.AlarmLevelChanged} and turns each alarm into
 * a warning draft for the duty officer, or adds it to the waiting draft of its town and warning type (the alarms
 * heard together in one transaction, each draft written once per group). Targeting: an issued warning's recipients are resolved from the
 * directory (district, town and village roles with deputy and parent-area fallback; the district's units by
 * committee per warning type) and risk (包保 people
 * of danger zones in the targets, helpers of their vulnerable people) and frozen with it. 叫应: every
 * recipient must answer by a deadline per level (one-click link — clicks arriving together are answered in one
 * transaction —, web, SMS reply, or recorded by staff);
 * whoever does not is chased step by step — next channel, AB岗 deputy, the superior area's leader and the
 * duty officer on shift — by platform deadlines, each step recorded; a live board and an analysis show
 * who answered. Publishes {@link org.anlan.warning.WarningAcknowledged} and
 * {@link org.anlan.warning.WarningEscalated}. It owns the ports {@link org.anlan.warning.CalloutSender}
 * (implemented by messaging) and {@link org.anlan.warning.DutyOfficers} (implemented by duty), and
 * implements {@link org.anlan.warning.CalloutReplies} for inbound SMS and the voice confirm key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Warning")
package org.anlan.warning;
