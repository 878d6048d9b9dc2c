package org.anlan.risk;

/** 风险矩阵: L 可能性 and S 后果严重性, each 1–5. */
public record ScoreMatrix(Integer l, Integer s) {}
