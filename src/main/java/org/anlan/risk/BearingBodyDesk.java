package org.anlan.risk;

import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
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

  static final String AUDIT_TYPE = "risk.bearing-body";

  private final BearingBodies bodies;
  private final PlaceCheck places;
  private final AreaCatalogue areas;
  private final AuditLog audit;

  BearingBodyDesk(BearingBodies bodies, PlaceCheck places, AreaCatalogue areas, AuditLog audit) {
    this.bodies = bodies;
    this.places = places;
    this.areas = areas;
    this.audit = audit;
  }

  /** The body, or 404 {@code risk.bearing-body-not-found}. */
  @Transactional(readOnly = true)
  public BearingBodySummary body(long id) {
    return load(id).summary();
  }

  /** Bodies whose area lies within {@code within}, of one kind when given. */
  @Transactional(readOnly = true)
  public List<BearingBodySummary> bodies(AreaCode within, BodyKind kind) {
    List<String> codes = areas.subtree(within).stream().map(Area::code).map(AreaCode::value).toList();
    return bodies.findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(codes).stream()
        .filter(b -> kind == null || b.kind == kind).map(BearingBody::summary).toList();
  }

  public BearingBodySummary create(@Valid SaveBearingBody command) {
    check(command, null);
    BearingBody body = new BearingBody();
    body.apply(command);
    body.version = null;
    BearingBodySummary after = bodies.save(body).summary();
    audit.record(AUDIT_TYPE, String.valueOf(after.id()), after.areaCode(), "create", null, after);
    return after;
  }

  public BearingBodySummary update(long id, @Valid SaveBearingBody command) {
    BearingBody body = load(id);
    places.requireChangeable(body.areaCode);
    check(command, id);
    BearingBodySummary before = body.summary();
    body.apply(command);
    BearingBodySummary after = bodies.save(body).summary();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    return after;
  }

  public void delete(long id) {
    BearingBody body = load(id);
    places.requireChangeable(body.areaCode);
    BearingBodySummary before = body.summary();
    bodies.delete(body);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  private BearingBody load(long id) {
    return bodies.findById(id).orElseThrow(() -> new NotFoundException("risk.bearing-body-not-found", id));
  }

  private void check(SaveBearingBody command, Long id) {
    places.require(command.areaCode(), command.lon(), command.lat(), command.responsiblePersonId());
    bodies.findByNameAndAreaCode(command.name().trim(), command.areaCode().trim())
        .filter(other -> !other.id.equals(id)).ifPresent(other -> {
          throw new ConflictException("risk.bearing-body-taken", other.name, other.areaCode);
        });
  }
}
