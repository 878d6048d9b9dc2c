package org.anlan.risk;

/** The cell of the configured 5×5 matrix: L, S, the product L×S and the cell's colour. */
public record MatrixScore(int l, int s, int product, Label colour) {}
