package org.anlan.area;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings under {@code anlan.area}: the files the tree is seeded from at first start. Defaults are
 * the real data of 潼南区; another district supplies its own files in the same formats.
 */
@ConfigurationProperties("anlan.area")
public record AreaProperties(
    @DefaultValue("classpath:area/tongnan-divisions.csv") Resource divisions,
    @DefaultValue("classpath:area/tongnan-town-centres.csv") Resource centres,
    @DefaultValue("classpath:area/tongnan-district-wgs84.geojson") Resource outline) {}
