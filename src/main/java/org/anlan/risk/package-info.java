/**
 * 风险评估: the calculators of risk assessment. Grades a 重大危险源 (major hazard source) by GB
 * 18218-2018 from substance quantities, and scores LEC (作业条件危险性评价法) and the L×S risk matrix into
 * the four colours 红橙黄蓝. The standard's tables are classpath data; the colour policies come from
 * {@link org.anlan.risk.RiskProperties}. Stateless: publishes no events and hears none.
 * <p>Danger zones (隐患点与危险区, {@link org.anlan.risk.DangerZoneDesk}): points and polygons with their
 * households and vulnerable people paired one-to-one with a directory helper; asks the directory (people,
 * responsible) and resources (nearest shelters).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.anlan.risk;
