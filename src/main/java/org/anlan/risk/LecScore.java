package org.anlan.risk;

/** D = L×E×C, its 危险程度 band and its 四色 colour under the configured mapping ({@code A} or {@code B}). */
public record LecScore(double l, double e, double c, double d, Label band, Label colour, String mapping) {}
