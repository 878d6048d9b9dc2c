package org.anlan.directory;

/**
 * A person (人员) as other modules and the API see them.
 *
 * @param available false while marked unavailable (leave, illness): their deputy answers instead
 */
public record PersonSummary(long id, String name, Long organisationId, String organisationName, String position,
    String mobile, String email, String otherChannels, String areaCode, boolean available, String note, long version) {}
