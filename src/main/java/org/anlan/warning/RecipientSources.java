package org.anlan.warning;

import java.time.LocalDate;
import java.util.List;
import org.anlan.area.AreaLevel;

/**
 * What {@link RecipientResolver} needs to know, as plain data: the area tree, the directory's answer to
 * "who answers here?" and the danger zones with their 包保 assignments and helpers. {@link DirectorySources}
 * reads them from area, directory and risk; tests give fakes.
 */
interface RecipientSources {

  /** The area, or null when unknown. */
  Place area(String code);

  /** The areas directly below. */
  List<Place> children(String code);

  /** True when {@code inner} is {@code outer} or lies below it. */
  boolean isWithin(String inner, String outer);

  Place district();

  /** The directory's answer for the area and role (its own primary → deputy → parent-area rule). */
  List<Answer> responsible(String areaCode, String roleCode);

  /** The committees (区减灾委, 区安委会 …) of every organisation that belongs to some, by organisation id. */
  java.util.Map<Long, java.util.Set<String>> committees();

  /** Danger zones lying within the area. */
  List<Zone> zonesWithin(String areaCode);

  /** The zone's assignments in the role (raw: the resolver picks person or deputy). */
  List<Duty> duties(long zoneId, String roleCode);

  /** Vulnerable people of zones within the area, with their helper (null while unpaired). */
  List<Helped> helpedWithin(String areaCode);

  /** Mobile and e-mail of these people (those that exist), by id. */
  java.util.Map<Long, Contact> contacts(java.util.Collection<Long> personIds);

  /**
   * The AB岗 deputy of the person for what they answer for: the zone's assignment when {@code zoneId} is
   * given, else an assignment of theirs at {@code areaCode}; null when they have no available deputy.
   */
  Contact deputyOf(long personId, String areaCode, Long zoneId);

  record Contact(long personId, String name, String mobile, String email) {}

  record Place(String code, String name, AreaLevel level, String parent) {}

  /**
   * @param foundAt the area whose assignment answered; {@code via} PARENT when above the area asked about
   * @param organisationId the person's organisation (单位), null when none
   * @param organisationName its name, null when none
   */
  record Answer(long personId, String name, String mobile, Recipient.Via via, String foundAt, Long organisationId,
      String organisationName) {

    Answer(long personId, String name, String mobile, Recipient.Via via, String foundAt) {
      this(personId, name, mobile, via, foundAt, null, null);
    }
  }

  record Zone(long id, String name, String areaCode) {}

  record Duty(long personId, String personName, String personMobile, boolean personAvailable, Long deputyId,
      String deputyName, String deputyMobile, boolean deputyAvailable, LocalDate validFrom, LocalDate validTo) {

    boolean started(LocalDate today) {
      return validFrom == null || !validFrom.isAfter(today);
    }

    boolean ended(LocalDate today) {
      return validTo != null && validTo.isBefore(today);
    }
  }

  record Helped(String name, long zoneId, String zoneName, String areaCode, Long helperId, String helperName,
      String helperMobile) {}
}
