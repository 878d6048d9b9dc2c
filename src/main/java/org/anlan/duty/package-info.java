/**
 * 值班值守: the duty roster (值班表) of the district and of each town: shifts of people of the directory on
 * posts (值班员, 带班领导 …), with "who is on duty now". Implements the warning module's
 * {@link org.anlan.warning.DutyOfficers} port from the district roster, the last step of a 叫应 escalation
 * (docs/decisions/0005). Publishes no events yet; shift handover and the duty log are still to come.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty")
package org.anlan.duty;
