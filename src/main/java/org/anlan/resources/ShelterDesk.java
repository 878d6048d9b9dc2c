package org.anlan.resources;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.shared.AreaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 避难场所: the shelters API. Queries take an area and do not check the caller's scope (the caller
 * does, e.g. with {@code Jurisdiction}); commands check that the current user may change the area,
 * audit the change and keep {@link NearestResources} current.
 */
@Service
@Validated
@Transactional
public class ShelterDesk {

  private final Shelters shelters;
  private final ShelterCommands commands;
  private final AreaCatalogue areas;
  private final JdbcClient jdbc;

  ShelterDesk(Shelters shelters, ShelterCommands commands, AreaCatalogue areas, JdbcClient jdbc) {
    this.shelters = shelters;
    this.commands = commands;
    this.areas = areas;
    this.jdbc = jdbc;
  }

  /** The shelter, or 404 {@code resources.shelter-not-found}. */
  @Transactional(readOnly = true)
  public ShelterSummary shelter(long id) {
    return commands.load(id).summary();
  }

  /** Shelters whose area lies within {@code within}; {@code type} and {@code status} narrow it when given. */
  @Transactional(readOnly = true)
  public List<ShelterSummary> shelters(AreaCode within, ShelterType type, ShelterStatus status) {
    return shelters.findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(codesWithin(within)).stream()
        .filter(s -> type == null || s.type == type).filter(s -> status == null || s.status == status)
        .map(Shelter::summary).toList();
  }

  /** The villages within {@code within} that have no usable (OPEN or READY) temporary shelter of their own. */
  @Transactional(readOnly = true)
  public ShelterCoverage coverage(AreaCode within) {
    List<Area> villages = areas.subtree(within).stream().filter(a -> a.level() == AreaLevel.VILLAGE).toList();
    Set<String> covered = new HashSet<>(jdbc.sql("""
            select distinct area_code from resources_shelter
            where type = 'TEMPORARY_SHELTER' and status in ('OPEN', 'READY')""").query(String.class).list());
    Map<AreaCode, Area> towns = areas.atLevel(AreaLevel.TOWN).stream()
        .collect(Collectors.toMap(Area::code, Function.identity()));
    return ShelterCoverage.of(within, villages, covered, towns);
  }

  public ShelterSummary create(@Valid SaveShelter command) {
    return commands.create(command);
  }

  public ShelterSummary update(long id, @Valid SaveShelter command) {
    return commands.update(id, command);
  }

  public void delete(long id) {
    commands.delete(id);
  }

  private List<String> codesWithin(AreaCode within) {
    return areas.subtree(within).stream().map(Area::code).map(AreaCode::value).toList();
  }
}
