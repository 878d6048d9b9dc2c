package org.anlan.directory;

import java.util.List;

/** One page of people, with the total number of matches. */
public record PersonPage(List<PersonSummary> items, long total, int page, int size) {}
