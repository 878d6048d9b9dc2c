package org.anlan.resources;

/** 物资品类: an item of the catalogue, e.g. {@code TENT} 帐篷, counted in 顶. */
public record Item(String code, String name, String unit) {}
