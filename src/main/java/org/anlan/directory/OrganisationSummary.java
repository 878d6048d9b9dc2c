package org.anlan.directory;

import java.util.Set;

/** An organisation (单位) with its committee memberships (区安委会, 区减灾委 …). */
public record OrganisationSummary(long id, String name, OrganisationKind kind, String areaCode, Long parentId,
    Set<String> committees, String note, long version) {}
