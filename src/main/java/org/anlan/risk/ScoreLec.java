package org.anlan.risk;

/** LEC 作业条件危险性评价: L 可能性, E 暴露频繁程度, C 后果, each one of the method's fixed scores. */
public record ScoreLec(Double l, Double e, Double c) {}
