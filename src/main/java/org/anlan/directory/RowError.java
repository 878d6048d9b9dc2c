package org.anlan.directory;

/**
 * What is wrong with one cell of an imported sheet: {@code row} is the 1-based Excel row number,
 * {@code code} a message key {@code directory.row.<code>} with {@code args}.
 */
record RowError(String sheet, int row, String column, String code, Object... args) {}
