/**
 * 风险评估: the calculators of risk assessment. Grades a 重大危险源 (major hazard source) by GB
 * 18218-2018 from substance quantities, and scores LEC (作业条件危险性评价法) and the L×S risk matrix into
 * the four colours 红橙黄蓝. The standard's tables are classpath data; the colour policies come from
 * {@link org.anlan.risk.RiskProperties}.
 *
 * <p>Enterprises (企业), their major hazard sources (graded on save) and assessments, and
 * hazard-bearing bodies (承灾体) are stored, scoped and audited ({@link org.anlan.risk.EnterpriseDesk},
 * {@link org.anlan.risk.BearingBodyDesk}); grading or assessing publishes {@link org.anlan.risk.RiskGraded}.
 *
 * <p>Danger zones (隐患点与危险区, {@link org.anlan.risk.DangerZoneDesk}): points and polygons with their
 * households and vulnerable people paired one-to-one with a directory helper, and their 六落实 people,
 * kept by the directory as assignments of target DANGER_ZONE; asks the directory (people, responsible,
 * assign). The nearest shelters to a zone are answered by the resources module, which may ask risk
 * (never the other way round). Hears no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.anlan.risk;
