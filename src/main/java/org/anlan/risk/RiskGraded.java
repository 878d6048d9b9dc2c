package org.anlan.risk;

/**
 * A risk object got a (new) grade or colour: {@code kind} {@code HAZARD_SOURCE} (grade {@code 1}–{@code 4}
 * of GB 18218-2018 and its usual colour) or {@code ENTERPRISE} (grade null, colour of the enterprise
 * after an assessment). Published on create and update.
 */
public record RiskGraded(String kind, long id, String areaCode, String grade, RiskColour colour) {}
