package org.anlan.duty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.anlan.identity.IdentityDesk;
import org.anlan.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 演示数据: in the demo only and only when the roster is empty, a SYNTHETIC district roster (note
 * {@value #SYNTHETIC}) for the current week and the next, Monday to Sunday in the bureau's zone (and the Sunday
 * before, whose leader's shift runs until Monday 08:00): three 8-hour
 * 值班员 shifts a day (00–08, 08–16, 16–24) rotating through six of the district units' demo 值班联系人, and one
 * 24-hour 带班领导 shift a day (08–08) alternating between the demo 副区长 and 区应急管理局局长. The demo user
 * {@code duty} is linked (when not linked yet) to the first of the six, who is on the 08–16 shift every other day.
 */
@Component
@Order(250)
class DemoRoster implements ApplicationRunner {

  static final String SYNTHETIC = "演示数据（虚构）";
  static final int OFFICERS = 6;
  private static final Logger log = LoggerFactory.getLogger(DemoRoster.class);

  private final Shifts shifts;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final IdentityDesk identity;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final boolean enabled;

  DemoRoster(Shifts shifts, AreaCatalogue areas, DirectoryDesk directory, IdentityDesk identity, JdbcClient jdbc,
      TransactionTemplate transactions, Clock clock, @Value("${anlan.demo.enabled:false}") boolean enabled) {
    this.shifts = shifts;
    this.areas = areas;
    this.directory = directory;
    this.identity = identity;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || jdbc.sql("select count(*) from duty_shift").query(Long.class).single() > 0) {
      return;
    }
    String district = areas.root().code().value();
    List<PersonSummary> people = directory.people(areas.root().code(), null, 0, 500).items().stream()
        .filter(p -> district.equals(p.areaCode())).toList();
    List<PersonSummary> officers = people.stream().filter(p -> "值班联系人".equals(p.position())).limit(OFFICERS).toList();
    List<PersonSummary> leaders = people.stream()
        .filter(p -> "副区长".equals(p.position()) || "区应急管理局局长".equals(p.position())).toList();
    if (officers.size() < OFFICERS || leaders.isEmpty()) {
      log.warn("Demo roster not made: the demo directory has too few district people");
      return;
    }
    ZoneId zone = clock.getZone();
    LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    transactions.executeWithoutResult(tx -> {
      // from the Sunday before: its leader's 24-hour shift runs until Monday 08:00, so early on a Monday someone leads too
      for (int d = -1; d < 14; d++) {
        LocalDate day = monday.plusDays(d);
        for (int slot = 0; slot < 3; slot++) {
          add(DutyPost.OFFICER, officers.get(Math.floorMod(d * 3 + slot + OFFICERS - 1, OFFICERS)), day, slot * 8, 8, zone);
        }
        add(DutyPost.LEADER, leaders.get(Math.floorMod(d, leaders.size())), day, 8, 24, zone);
      }
      link(officers.get(0));
    });
    log.info("Demo roster: the district roster from {} for 15 days", monday.minusDays(1));
  }

  private void add(DutyPost post, PersonSummary person, LocalDate day, int hour, int hours, ZoneId zone) {
    Shift shift = new Shift();
    shift.areaCode = areas.root().code().value();
    shift.post = post;
    shift.personId = person.id();
    shift.startsAt = day.atTime(hour, 0).atZone(zone).toInstant();
    shift.endsAt = day.atTime(hour, 0).atZone(zone).plusHours(hours).toInstant();
    shift.note = SYNTHETIC;
    shifts.save(shift);
  }

  /** The demo user duty is the person given, unless an administrator has linked it already. */
  private void link(PersonSummary person) {
    identity.list().stream().filter(u -> u.username().equals("duty") && u.personId() == null).findFirst()
        .ifPresent((UserSummary u) -> identity.update(u.id(),
            new IdentityDesk.UpdateUser(u.displayName(), u.roles(), u.scope(), person.id(), u.enabled())));
  }
}
