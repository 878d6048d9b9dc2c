package org.anlan.risk;

import org.anlan.platform.AuditLog;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates, changes and deletes enterprises inside the caller's jurisdiction, audited; keeps their colour. */
@Component
class EnterpriseCommands {

  static final String AUDIT_TYPE = "risk.enterprise";

  private final Enterprises enterprises;
  private final PlaceCheck places;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final boolean majorHazardIsRed;

  EnterpriseCommands(Enterprises enterprises, PlaceCheck places, AuditLog audit, JdbcClient jdbc,
      @Value("${anlan.risk.major-hazard-is-red:true}") boolean majorHazardIsRed) {
    this.enterprises = enterprises;
    this.places = places;
    this.audit = audit;
    this.jdbc = jdbc;
    this.majorHazardIsRed = majorHazardIsRed;
  }

  EnterpriseSummary create(SaveEnterprise command) {
    check(command, null);
    Enterprise enterprise = new Enterprise();
    enterprise.apply(command);
    enterprise.version = null;
    Enterprise saved = enterprises.save(enterprise);
    EnterpriseSummary after = saved.summary();
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), after.areaCode(), "create", null, after);
    return after;
  }

  EnterpriseSummary update(long id, SaveEnterprise command) {
    Enterprise enterprise = load(id);
    places.requireChangeable(enterprise.areaCode);
    check(command, id);
    EnterpriseSummary before = enterprise.summary();
    enterprise.apply(command);
    EnterpriseSummary after = enterprises.save(enterprise).summary();
    audit.record(AUDIT_TYPE, String.valueOf(id), after.areaCode(), "update", before, after);
    return after;
  }

  void delete(long id) {
    Enterprise enterprise = load(id);
    places.requireChangeable(enterprise.areaCode);
    EnterpriseSummary before = enterprise.summary();
    enterprises.delete(enterprise);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
  }

  /** Sets the assessed colour (when given) and recomputes the colour that counts; returns it. */
  RiskColour recolour(long id, RiskColour assessed) {
    Enterprise enterprise = load(id);
    if (assessed != null) {
      enterprise.assessedColour = assessed;
    }
    Integer best = jdbc.sql("select min(grade) from risk_hazard_source where enterprise_id = :id").param("id", id)
        .query(Integer.class).optional().orElse(null);
    enterprise.colour = EnterpriseColour.of(enterprise.assessedColour, best, majorHazardIsRed);
    enterprises.save(enterprise);
    return enterprise.colour;
  }

  Enterprise load(long id) {
    return enterprises.findById(id).orElseThrow(() -> new NotFoundException("risk.enterprise-not-found", id));
  }

  private void check(SaveEnterprise command, Long id) {
    places.require(command.areaCode(), command.lon(), command.lat(), command.responsiblePersonId());
    String code = command.creditCode().trim();
    if (!CreditCode.isValid(code)) {
      throw new RuleViolatedException("risk.credit-code-invalid", code);
    }
    enterprises.findByCreditCode(code).filter(other -> !other.id.equals(id)).ifPresent(other -> {
      throw new ConflictException("risk.credit-code-taken", code, other.name);
    });
  }
}
