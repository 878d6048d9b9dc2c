package org.anlan.resources;

/** The kind of a shelter. */
public enum ShelterType {
  /** 应急避难场所: a planned, signposted emergency shelter (park, square, school ground). */
  EMERGENCY_SHELTER,
  /** 临时避灾点: a temporary refuge in a village (village office, school, hall); every village needs one. */
  TEMPORARY_SHELTER,
  /** 室内避难场所: an indoor shelter (gymnasium, school building). */
  INDOOR_SHELTER,
  /** 集中安置点: a resettlement site for longer stays. */
  RESETTLEMENT_SITE
}
