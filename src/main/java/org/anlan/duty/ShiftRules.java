package org.anlan.duty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;

/**
 * The rules a shift must keep, shared by the API (which throws the first broken one) and the Excel import (which
 * reports each row's): a roster belongs to the district or a town; a shift ends after it starts and lasts at most
 * {@link #MAX_LENGTH}; its person exists in the directory and belongs within the roster's area; and the person has
 * no other shift (in any roster) that overlaps it. Several people may hold the same post at once.
 */
@Component
class ShiftRules {

  static final Duration MAX_LENGTH = Duration.ofHours(48);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A broken rule: its problem code (without the {@code duty.} prefix), whether it is a clash (409), its message arguments. */
  record Broken(String code, boolean conflict, Object... args) {}

  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final Shifts shifts;

  ShiftRules(AreaCatalogue areas, DirectoryDesk directory, Shifts shifts) {
    this.areas = areas;
    this.directory = directory;
    this.shifts = shifts;
  }

  /** The first rule {@code shift} breaks, if any; {@code except} is its own id when it is being changed (else 0). */
  Optional<Broken> check(Area area, DutyPost post, Long personId, Instant startsAt, Instant endsAt, long except, ZoneId zone) {
    if (area.level() != AreaLevel.DISTRICT && area.level() != AreaLevel.TOWN) {
      return Optional.of(new Broken("area-not-roster", false, area.code().value()));
    }
    if (!endsAt.isAfter(startsAt)) {
      return Optional.of(new Broken("shift-ends-before-start", false));
    }
    if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
      return Optional.of(new Broken("shift-too-long", false, MAX_LENGTH.toHours()));
    }
    Optional<PersonSummary> person = directory.findPerson(personId);
    if (person.isEmpty()) {
      return Optional.of(new Broken("person-unknown", false, personId));
    }
    if (person.get().areaCode() == null || !areas.isWithin(AreaCode.of(person.get().areaCode()), area.code())) {
      return Optional.of(new Broken("person-outside-area", false, person.get().name(), area.name()));
    }
    List<Shift> clash = shifts.ofPersonOverlapping(personId, startsAt, endsAt, except);
    if (!clash.isEmpty()) {
      Shift other = clash.get(0);
      return Optional.of(new Broken("shift-overlaps", true, person.get().name(), SHOWN.format(other.startsAt.atZone(zone)),
          SHOWN.format(other.endsAt.atZone(zone)), other.post.zh()));
    }
    return Optional.empty();
  }
}
