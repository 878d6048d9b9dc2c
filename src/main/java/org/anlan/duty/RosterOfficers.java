package org.anlan.duty;

import java.time.Instant;
import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.warning.DutyOfficers;
import org.springframework.stereotype.Component;

/**
 * The warning module's {@link DutyOfficers} port, answered from the district's roster: the people on shift at the
 * instant (start inclusive, end exclusive), 值班员 first, then 带班领导, then the other posts, with their mobile and
 * e-mail from the directory (a person since deleted there is left out). Needs no logged-in user (the 叫应 escalation runs in the scheduler).
 */
@Component
class RosterOfficers implements DutyOfficers {

  private final DutyRoster roster;
  private final AreaCatalogue areas;

  RosterOfficers(DutyRoster roster, AreaCatalogue areas) {
    this.roster = roster;
    this.areas = areas;
  }

  @Override
  public List<OnDuty> onDuty(Instant at) {
    return roster.onDuty(areas.root().code(), at).stream().filter(s -> s.personName() != null)
        .map(s -> new OnDuty(s.personId(), s.personName(), s.mobile(), s.email(), s.postName())).toList();
  }
}
