package org.anlan.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.area.AreaLevel;
import org.anlan.directory.ResponsibilityRole;
import org.anlan.warning.Recipient.Via;
import org.anlan.warning.RecipientSources.Duty;
import org.anlan.warning.RecipientSources.Place;
import org.anlan.warning.RecipientSources.Zone;

/**
 * 预警对象: who receives a warning for its target areas (rules in docs/warning.md "Targeting"), without
 * storage or scope checks. In this order:
 * <ol>
 *   <li>the district roles at the district, for every warning — for the unit roles (成员单位值班联系人) only the
 *       units in the warning type's committees ({@link TargetingProperties#committees()});</li>
 *   <li>the town roles at each target town and at the town of each target village;</li>
 *   <li>the village roles at each target village and at every village of a target town (the district:
 *       every town and village);</li>
 *   <li>for each danger zone inside a target, its zone roles (包保责任人): the assignee when the term has
 *       started and not ended and they are available, else the deputy (AB岗);</li>
 *   <li>the one-to-one helpers (一对一帮扶人) of the vulnerable people of those zones.</li>
 * </ol>
 * Area roles are answered by the directory's own rule (primary, else deputy, else the same role at the
 * nearest ancestor: PARENT). One person with several reasons is one {@link Recipient} listing them all.
 */
final class RecipientResolver {

  private final RecipientSources sources;
  private final TargetingProperties roles;

  RecipientResolver(RecipientSources sources, TargetingProperties roles) {
    this.sources = sources;
    this.roles = roles;
  }

  /** As {@link #resolve(List, WarningType, LocalDate)} for a warning of no type: every unit. */
  List<Recipient> resolve(List<String> targetCodes, LocalDate today) {
    return resolve(targetCodes, null, today);
  }

  /**
   * The recipients of a warning of the type (it chooses the units) for the target area codes (none: the district),
   * today deciding whose term runs.
   */
  List<Recipient> resolve(List<String> targetCodes, WarningType type, LocalDate today) {
    Place district = sources.district();
    List<Place> targets = targets(targetCodes, district);
    Set<Place> towns = new LinkedHashSet<>();
    Set<Place> villages = new LinkedHashSet<>();
    for (Place t : targets) {
      switch (t.level()) {
        case DISTRICT, TOWN -> collectBelow(t, towns, villages);
        case VILLAGE -> {
          Place town = t.parent() == null ? null : sources.area(t.parent());
          if (town != null && town.level() == AreaLevel.TOWN) {
            towns.add(town);
          }
          villages.add(t);
        }
      }
    }
    Merger merger = new Merger();
    ask(List.of(district), roles.districtRoles(), new Units(roles.committeesOf(type)), merger);
    ask(towns, roles.townRoles(), null, merger);
    ask(villages, roles.villageRoles(), null, merger);
    Map<Long, Zone> zones = new LinkedHashMap<>();
    for (Place t : targets) {
      sources.zonesWithin(t.code()).stream().filter(z -> sources.isWithin(z.areaCode(), t.code()))
          .forEach(z -> zones.putIfAbsent(z.id(), z));
    }
    for (Zone z : zones.values()) {
      for (ResponsibilityRole role : roles.zoneRoles()) {
        for (Duty d : answering(sources.duties(z.id(), role.name()), today)) {
          boolean deputy = !available(d, today);
          merger.add(deputy ? d.deputyId() : d.personId(), deputy ? d.deputyName() : d.personName(),
              deputy ? d.deputyMobile() : d.personMobile(), "隐患点" + role.zh() + " · " + z.name() + (deputy ? "（AB岗）" : ""),
              z.areaCode(), z.id(), deputy ? Via.DEPUTY : Via.PERSON);
        }
      }
    }
    if (roles.helpers()) {
      Set<String> seen = new LinkedHashSet<>();
      for (Place t : targets) {
        sources.helpedWithin(t.code()).stream()
            .filter(h -> h.helperId() != null && zones.containsKey(h.zoneId()) && sources.isWithin(h.areaCode(), t.code()))
            .filter(h -> seen.add(h.helperId() + "/" + h.zoneId() + "/" + h.name()))
            .forEach(h -> merger.add(h.helperId(), h.helperName(), h.helperMobile(),
                "一对一帮扶人 · " + h.name() + "（" + h.zoneName() + "）", h.areaCode(), h.zoneId(), Via.PERSON));
      }
    }
    return merger.recipients();
  }

  /** The known target areas, the district when none; a target inside another target is dropped. */
  private List<Place> targets(List<String> codes, Place district) {
    List<Place> known = codes.stream().map(sources::area).filter(p -> p != null).distinct().toList();
    if (known.isEmpty()) {
      return List.of(district);
    }
    return known.stream().filter(p -> known.stream()
        .noneMatch(o -> !o.code().equals(p.code()) && sources.isWithin(p.code(), o.code()))).toList();
  }

  private void collectBelow(Place area, Set<Place> towns, Set<Place> villages) {
    if (area.level() == AreaLevel.TOWN) {
      towns.add(area);
    } else if (area.level() == AreaLevel.VILLAGE) {
      villages.add(area);
    }
    sources.children(area.code()).forEach(c -> collectBelow(c, towns, villages));
  }

  /** Asks each area for each role; {@code units}, when given, chooses the answers of the unit roles. */
  private void ask(Iterable<Place> areas, List<ResponsibilityRole> asked, Units units, Merger merger) {
    for (Place area : areas) {
      for (ResponsibilityRole role : asked) {
        boolean unitRole = units != null && roles.unitRoles().contains(role);
        for (RecipientSources.Answer a : sources.responsible(area.code(), role.name())) {
          if (unitRole && !units.asked(a.organisationId())) {
            continue;
          }
          String how = switch (a.via()) {
            case PERSON -> "";
            case DEPUTY -> "（AB岗）";
            case PARENT -> "（上级兜底：" + nameOf(a.foundAt()) + "）";
          };
          String unit = unitRole && a.organisationName() != null ? "（" + a.organisationName() + "）" : "";
          merger.add(a.personId(), a.name(), a.mobile(), role.zh() + unit + " · " + area.name() + how, area.code(), null, a.via());
        }
      }
    }
  }

  /**
   * Which units a warning reaches: those in one of its type's committees, or in no committee at all; every unit when the
   * type names none. The organisations' committees are read once per resolution, and only when a type names some.
   */
  private final class Units {
    private final List<String> committees;
    private Map<Long, Set<String>> of;

    Units(List<String> committees) {
      this.committees = committees;
    }

    boolean asked(Long organisationId) {
      if (committees.isEmpty() || organisationId == null) {
        return true;
      }
      if (of == null) {
        of = sources.committees();
      }
      Set<String> tags = of.getOrDefault(organisationId, Set.of());
      return tags.isEmpty() || committees.stream().anyMatch(tags::contains);
    }
  }

  private String nameOf(String code) {
    Place p = code == null ? null : sources.area(code);
    return p == null ? String.valueOf(code) : p.name();
  }

  private static boolean available(Duty d, LocalDate today) {
    return d.started(today) && !d.ended(today) && d.personAvailable();
  }

  /** The directory's rule for one target: the available assignees in term, else the available deputies. */
  static List<Duty> answering(List<Duty> duties, LocalDate today) {
    List<Duty> primaries = duties.stream().filter(d -> available(d, today)).toList();
    if (!primaries.isEmpty()) {
      return primaries;
    }
    return duties.stream().filter(d -> d.started(today) && d.deputyId() != null && d.deputyAvailable()).toList();
  }

  /** One row per person, reasons in the order found; PERSON wins over DEPUTY and PARENT. */
  private static final class Merger {

    private final Map<Long, Row> rows = new LinkedHashMap<>();

    void add(long personId, String name, String mobile, String reason, String areaCode, Long zoneId, Via via) {
      Row row = rows.computeIfAbsent(personId, id -> new Row(id, name, mobile, areaCode, zoneId, via));
      if (!row.reasons.contains(reason)) {
        row.reasons.add(reason);
      }
      if (via == Via.PERSON) {
        row.via = Via.PERSON;
      }
    }

    List<Recipient> recipients() {
      return rows.values().stream().map(r -> new Recipient(r.personId, r.name, r.mobile, List.copyOf(r.reasons),
          r.areaCode, r.zoneId, r.via)).toList();
    }
  }

  private static final class Row {
    final long personId;
    final String name;
    final String mobile;
    final String areaCode;
    final Long zoneId;
    final List<String> reasons = new ArrayList<>();
    Via via;

    Row(long personId, String name, String mobile, String areaCode, Long zoneId, Via via) {
      this.personId = personId;
      this.name = name;
      this.mobile = mobile;
      this.areaCode = areaCode;
      this.zoneId = zoneId;
      this.via = via;
    }
  }
}
