package org.anlan.resources;

/** An expert (专家) as read. */
public record ExpertSummary(long id, String name, String field, String organisation, String title, String phone,
    String areaCode, String note, long version) {}
