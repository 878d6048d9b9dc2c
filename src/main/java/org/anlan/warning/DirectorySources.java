package org.anlan.warning;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.directory.AssignmentSummary;
import org.anlan.directory.AssignmentTarget;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.Responsible;
import org.anlan.risk.DangerZoneDesk;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;

/** {@link RecipientSources} read from the area catalogue, the directory and risk's danger zones. */
@Component
class DirectorySources implements RecipientSources {

  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final DangerZoneDesk zones;

  DirectorySources(AreaCatalogue areas, DirectoryDesk directory, DangerZoneDesk zones) {
    this.areas = areas;
    this.directory = directory;
    this.zones = zones;
  }

  @Override
  public Place area(String code) {
    return areas.find(AreaCode.of(code)).map(DirectorySources::place).orElse(null);
  }

  @Override
  public List<Place> children(String code) {
    return areas.children(AreaCode.of(code)).stream().map(DirectorySources::place).toList();
  }

  @Override
  public boolean isWithin(String inner, String outer) {
    return areas.isWithin(AreaCode.of(inner), AreaCode.of(outer));
  }

  @Override
  public Place district() {
    return place(areas.root());
  }

  @Override
  public List<Answer> responsible(String areaCode, String roleCode) {
    return directory.responsibleFor(AreaCode.of(areaCode), roleCode).people().stream().map(DirectorySources::answer).toList();
  }

  @Override
  public Map<Long, java.util.Set<String>> committees() {
    Map<Long, java.util.Set<String>> found = new HashMap<>();
    directory.organisations(areas.root().code(), null).stream().filter(o -> !o.committees().isEmpty())
        .forEach(o -> found.put(o.id(), o.committees()));
    return found;
  }

  @Override
  public List<Zone> zonesWithin(String areaCode) {
    return zones.zones(AreaCode.of(areaCode), null).stream().map(z -> new Zone(z.id(), z.name(), z.areaCode())).toList();
  }

  @Override
  public List<Duty> duties(long zoneId, String roleCode) {
    var zone = zones.zone(zoneId);
    return directory.assignmentsOf(AssignmentTarget.dangerZone(zoneId, AreaCode.of(zone.areaCode()))).stream()
        .filter(a -> a.roleCode().equals(roleCode))
        .map(a -> new Duty(a.personId(), a.personName(), a.personMobile(), a.personAvailable(), a.deputyPersonId(),
            a.deputyName(), a.deputyMobile(), a.deputyAvailable(), a.validFrom(), a.validTo()))
        .toList();
  }

  @Override
  public List<Helped> helpedWithin(String areaCode) {
    return zones.vulnerablePeople(AreaCode.of(areaCode), false).stream()
        .map(v -> new Helped(v.name(), v.zoneId(), v.zoneName(), v.areaCode(), v.helperPersonId(), v.helperName(), v.helperMobile()))
        .toList();
  }

  @Override
  public Map<Long, Contact> contacts(Collection<Long> personIds) {
    Map<Long, Contact> found = new HashMap<>();
    directory.people(personIds).forEach(p -> found.put(p.id(), new Contact(p.id(), p.name(), p.mobile(), p.email())));
    return found;
  }

  @Override
  public Contact deputyOf(long personId, String areaCode, Long zoneId) {
    List<AssignmentSummary> held = zoneId != null
        ? directory.assignmentsOf(AssignmentTarget.dangerZone(zoneId, AreaCode.of(zones.zone(zoneId).areaCode())))
        : directory.assignments(AreaCode.of(areaCode), null, personId).stream()
            .filter(a -> a.areaCode().equals(areaCode)).toList();
    return held.stream()
        .filter(a -> a.personId() == personId && a.deputyPersonId() != null && a.deputyPersonId() != personId && a.deputyAvailable())
        .findFirst()
        .map(a -> contacts(List.of(a.deputyPersonId())).get(a.deputyPersonId()))
        .orElse(null);
  }

  private static Place place(Area a) {
    return new Place(a.code().value(), a.shortName(), a.level(), a.parent() == null ? null : a.parent().value());
  }

  private static Answer answer(Responsible.ResponsiblePerson p) {
    Recipient.Via via = switch (p.foundBy()) {
      case PRIMARY -> Recipient.Via.PERSON;
      case DEPUTY -> Recipient.Via.DEPUTY;
      case PARENT_AREA -> Recipient.Via.PARENT;
    };
    return new Answer(p.personId(), p.name(), p.mobile(), via, p.assignedAreaCode(), p.organisationId(), p.organisationName());
  }
}
