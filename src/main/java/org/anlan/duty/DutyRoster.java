package org.anlan.duty;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anlan.area.Area;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.PersonSummary;
import org.anlan.platform.Actor;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.Role;
import org.anlan.platform.ScopeDeniedException;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 值班表: the duty roster's API. Queries take an area and leave the caller's scope to the caller. Commands check
 * that the current user may change the roster's area (a town officer their town's, district duty officers and
 * administrators the district's and every town's; other roles, and the read-only leader, none), keep the
 * {@link ShiftRules} and audit the change ({@value #AUDIT_TYPE}).
 */
@Service
@Validated
@Transactional
public class DutyRoster {

  static final String AUDIT_TYPE = "duty.shift";
  /** The longest period one list answers. */
  static final Duration MAX_PERIOD = Duration.ofDays(62);
  /** Who is on duty is listed in this order: 值班员 first, then 带班领导, then the rest. */
  static final Comparator<ShiftSummary> ON_DUTY_ORDER = Comparator.comparing(ShiftSummary::post)
      .thenComparing(ShiftSummary::startsAt).thenComparing(ShiftSummary::personId);

  private final Shifts shifts;
  private final ShiftRules rules;
  private final Jurisdiction jurisdiction;
  private final DirectoryDesk directory;
  private final CurrentActor actors;
  private final AuditLog audit;
  private final Clock clock;

  DutyRoster(Shifts shifts, ShiftRules rules, Jurisdiction jurisdiction, DirectoryDesk directory,
      CurrentActor actors, AuditLog audit, Clock clock) {
    this.shifts = shifts;
    this.rules = rules;
    this.jurisdiction = jurisdiction;
    this.directory = directory;
    this.actors = actors;
    this.audit = audit;
    this.clock = clock;
  }

  /** The shifts of {@code area}'s own roster that overlap from … to (end exclusive); 422 {@code duty.period-invalid} past 62 days. */
  @Transactional(readOnly = true)
  public List<ShiftSummary> shifts(AreaCode area, Instant from, Instant to) {
    if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
      throw new RuleViolatedException("duty.period-invalid", MAX_PERIOD.toDays());
    }
    return summaries(shifts.overlapping(area.value(), from, to));
  }

  /** Who is on {@code area}'s roster at {@code at} (start inclusive, end exclusive), 值班员 first, then 带班领导. */
  @Transactional(readOnly = true)
  public List<ShiftSummary> onDuty(AreaCode area, Instant at) {
    return summaries(shifts.at(area.value(), at)).stream().sorted(ON_DUTY_ORDER).toList();
  }

  /** The shifts of {@code area}'s roster starting from … before to: a month of it, as its workbook holds it. */
  @Transactional(readOnly = true)
  List<ShiftSummary> starting(AreaCode area, Instant from, Instant to) {
    return summaries(shifts.starting(area.value(), from, to));
  }

  /** The shift, or 404 {@code duty.shift-not-found}. */
  @Transactional(readOnly = true)
  public ShiftSummary shift(long id) {
    return summary(load(id), new HashMap<>());
  }

  public ShiftSummary create(@Valid SaveShift command) {
    Area area = changeable(AreaCode.of(command.areaCode().trim()));
    enforce(area, command, 0);
    Shift shift = new Shift();
    shift.apply(command);
    shift.version = null;
    return saved(shift, "create", null);
  }

  public ShiftSummary update(long id, @Valid SaveShift command) {
    Shift shift = load(id);
    changeable(AreaCode.of(shift.areaCode));
    Area area = changeable(AreaCode.of(command.areaCode().trim()));
    enforce(area, command, id);
    ShiftSummary before = shift(id);
    shift.apply(command);
    return saved(shift, "update", before);
  }

  public void delete(long id) {
    Shift shift = load(id);
    changeable(AreaCode.of(shift.areaCode));
    ShiftSummary before = shift(id);
    shifts.delete(shift);
    audit.record(AUDIT_TYPE, String.valueOf(id), shift.areaCode, "delete", before, null);
  }

  /**
   * For the Excel import: removes the shifts of {@code area}'s roster starting from … before to, audited, in the
   * caller's transaction. Answers how many.
   */
  int clear(Area area, Instant from, Instant to) {
    changeable(area.code());
    List<Shift> old = shifts.starting(area.code().value(), from, to);
    Map<Long, Optional<PersonSummary>> people = new HashMap<>();
    for (Shift shift : old) {
      shifts.delete(shift);
      audit.record(AUDIT_TYPE, String.valueOf(shift.id), shift.areaCode, "delete", summary(shift, people), null);
    }
    return old.size();
  }

  /** For the Excel import: the rule a new shift would break, or writes it (audited). Scope is the caller's to check. */
  Optional<ShiftRules.Broken> add(Area area, SaveShift command) {
    Optional<ShiftRules.Broken> broken = rules.check(area, command.post(), command.personId(), command.startsAt(), command.endsAt(), 0,
        clock.getZone());
    if (broken.isEmpty()) {
      Shift shift = new Shift();
      shift.apply(command);
      shift.version = null;
      saved(shift, "create", null);
    }
    return broken;
  }

  /**
   * The area, which the current user must be allowed to change the roster of: in scope (403
   * {@code access.out-of-scope}), not read-only (403 {@code access.read-only}) and a duty role: district admin,
   * duty officer or town officer (403 {@code access.denied}).
   */
  Area changeable(AreaCode code) {
    Area area = jurisdiction.requireChangeable(code);
    Actor actor = actors.get();
    if (!(actor.has(Role.DISTRICT_ADMIN) || actor.has(Role.DUTY_OFFICER) || actor.has(Role.TOWN_OFFICER))) {
      throw new ScopeDeniedException("access.denied");
    }
    return area;
  }

  private void enforce(Area area, SaveShift command, long except) {
    rules.check(area, command.post(), command.personId(), command.startsAt(), command.endsAt(), except, clock.getZone())
        .ifPresent(broken -> {
          if (broken.conflict()) {
            throw new ConflictException("duty." + broken.code(), broken.args());
          }
          throw new RuleViolatedException("duty." + broken.code(), broken.args());
        });
  }

  private ShiftSummary saved(Shift shift, String action, ShiftSummary before) {
    Shift saved = shifts.save(shift);
    ShiftSummary after = summary(saved, new HashMap<>());
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), saved.areaCode, action, before, after);
    return after;
  }

  private Shift load(long id) {
    return shifts.findById(id).orElseThrow(() -> new NotFoundException("duty.shift-not-found", id));
  }

  private List<ShiftSummary> summaries(List<Shift> list) {
    Map<Long, Optional<PersonSummary>> people = new HashMap<>();
    return list.stream().map(s -> summary(s, people)).toList();
  }

  private ShiftSummary summary(Shift s, Map<Long, Optional<PersonSummary>> people) {
    Optional<PersonSummary> p = people.computeIfAbsent(s.personId, directory::findPerson);
    return new ShiftSummary(s.id, s.areaCode, s.post, s.post.zh(), s.post.en(), s.personId, p.map(PersonSummary::name).orElse(null),
        p.map(PersonSummary::position).orElse(null), p.map(PersonSummary::mobile).orElse(null), p.map(PersonSummary::email).orElse(null),
        s.startsAt, s.endsAt, s.note, s.version);
  }
}
