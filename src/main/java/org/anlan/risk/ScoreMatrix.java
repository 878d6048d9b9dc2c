package org.anlan.risk;

/**
 * 风险矩阵: L 可能性 and S 后果严重性, each a whole number 1–5. Numbers rather than integers, so that
 * {@code 2.5} is refused instead of being cut to 2 by the JSON reader.
 */
public record ScoreMatrix(Double l, Double s) {}
