package org.anlan.risk;

import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 承灾体: the hazard-bearing bodies API. Queries take an area and do not check the caller's scope;
 * commands check that the current user may change the area and audit the change.
 */
@Service
@Validated
@Transactional
public class BearingBodyDesk {

  private final BearingBodies bodies;
  private final BearingBodyCommands commands;
  private final AreaCatalogue areas;

  BearingBodyDesk(BearingBodies bodies, BearingBodyCommands commands, AreaCatalogue areas) {
    this.bodies = bodies;
    this.commands = commands;
    this.areas = areas;
  }

  /** The body, or 404 {@code risk.bearing-body-not-found}. */
  @Transactional(readOnly = true)
  public BearingBodySummary body(long id) {
    return commands.load(id).summary();
  }

  /** Bodies whose area lies within {@code within}, of one kind when given. */
  @Transactional(readOnly = true)
  public List<BearingBodySummary> bodies(AreaCode within, BodyKind kind) {
    List<String> codes = areas.subtree(within).stream().map(Area::code).map(AreaCode::value).toList();
    return bodies.findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(codes).stream()
        .filter(b -> kind == null || b.kind == kind).map(BearingBody::summary).toList();
  }

  public BearingBodySummary create(@Valid SaveBearingBody command) {
    return commands.create(command);
  }

  public BearingBodySummary update(long id, @Valid SaveBearingBody command) {
    return commands.update(id, command);
  }

  public void delete(long id) {
    commands.delete(id);
  }
}
