package org.anlan.risk;

import java.util.Optional;
import org.anlan.platform.AuditLog;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Creates, changes and deletes hazard-bearing bodies inside the caller's jurisdiction, audited. */
@Component
class BearingBodyCommands {

  static final String AUDIT_TYPE = "risk.bearing-body";

  private final BearingBodies bodies;
  private final PlaceCheck places;
  private final AuditLog audit;

  BearingBodyCommands(BearingBodies bodies, PlaceCheck places, AuditLog audit) {
    this.bodies = bodies;
    this.places = places;
    this.audit = audit;
  }

  BearingBodySummary create(SaveBearingBody command) {
    check(command, null);
    BearingBody body = new BearingBody();
    body.apply(command);
    body.version = null;
    BearingBodySummary after = bodies.save(body).summary();
    audit.record(AUDIT_TYPE, String.valueOf(after.id()), after.areaCode(), "create", null, after);
    return after;
  }

  BearingBodySummary update(long id, SaveBearingBody command) {
    BearingBody body = load(id);
    places.requireChangeable(body.areaCode);
    check(command, id);
    BearingBodySummary before = body.summary();
    body.apply(command);
    BearingBodySummary after = bodies.save(body).summary();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    return after;
  }

  void delete(long id) {
    BearingBody body = load(id);
    places.requireChangeable(body.areaCode);
    BearingBodySummary before = body.summary();
    bodies.delete(body);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  BearingBody load(long id) {
    return bodies.findById(id).orElseThrow(() -> new NotFoundException("risk.bearing-body-not-found", id));
  }

  Optional<BearingBody> find(String name, String areaCode) {
    return bodies.findByNameAndAreaCode(name.trim(), areaCode.trim());
  }

  private void check(SaveBearingBody command, Long id) {
    places.require(command.areaCode(), command.lon(), command.lat(), command.responsiblePersonId());
    find(command.name(), command.areaCode()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
      throw new ConflictException("risk.bearing-body-taken", other.name, other.areaCode);
    });
  }
}
