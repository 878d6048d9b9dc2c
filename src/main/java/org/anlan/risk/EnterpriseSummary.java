package org.anlan.risk;

/**
 * An enterprise (企业) as shown. {@code assessedColour} is the colour of its latest assessment;
 * {@code colour} is what counts: 红 when it has a grade 一级/二级 major hazard source and
 * {@code anlan.risk.major-hazard-is-red} is on, else the assessed colour (null when never assessed).
 */
public record EnterpriseSummary(long id, String name, String creditCode, Industry industry, String address,
    double lon, double lat, String areaCode, Long responsiblePersonId, String legalRepresentative, Integer employees,
    EnterpriseStatus status, RiskColour assessedColour, RiskColour colour, long version) {}
