package org.anlan.risk;

/** A coded outcome with its Chinese and English names, e.g. {@code RED / 红 / red}. */
public record Label(String code, String zh, String en) {}
