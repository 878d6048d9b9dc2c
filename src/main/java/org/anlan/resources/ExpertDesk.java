package org.anlan.resources;

import jakarta.validation.Valid;
import java.util.List;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** 专家库: the experts API; commands check the caller's scope on the area and audit ({@value #AUDIT_TYPE}). */
@Service
@Validated
@Transactional
public class ExpertDesk {

  static final String AUDIT_TYPE = "resources.expert";

  private final Experts experts;
  private final Siting siting;
  private final AuditLog audit;

  ExpertDesk(Experts experts, Siting siting, AuditLog audit) {
    this.experts = experts;
    this.siting = siting;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public ExpertSummary expert(long id) {
    return load(id).summary();
  }

  /** Experts whose area lies within {@code within}, of one field when given. */
  @Transactional(readOnly = true)
  public List<ExpertSummary> experts(AreaCode within, String field) {
    return experts.findByAreaCodeInOrderByFieldAscNameAscIdAsc(siting.codesWithin(within)).stream()
        .filter(e -> field == null || field.isBlank() || e.field.equals(field.trim())).map(Expert::summary).toList();
  }

  public ExpertSummary create(@Valid SaveExpert command) {
    siting.changeable(command.areaCode());
    Expert expert = new Expert();
    expert.apply(command);
    expert.version = null;
    return saved(expert, "create", null);
  }

  public ExpertSummary update(long id, @Valid SaveExpert command) {
    Expert expert = load(id);
    siting.changeable(expert.areaCode);
    siting.changeable(command.areaCode());
    ExpertSummary before = expert.summary();
    expert.apply(command);
    return saved(expert, "update", before);
  }

  public void delete(long id) {
    Expert expert = load(id);
    siting.changeable(expert.areaCode);
    experts.delete(expert);
    audit.record(AUDIT_TYPE, String.valueOf(id), expert.areaCode, "delete", expert.summary(), null);
  }

  private ExpertSummary saved(Expert expert, String action, ExpertSummary before) {
    ExpertSummary after = experts.save(expert).summary();
    audit.record(AUDIT_TYPE, String.valueOf(after.id()), after.areaCode(), action, before, after);
    return after;
  }

  private Expert load(long id) {
    return experts.findById(id).orElseThrow(() -> new NotFoundException("resources.expert-not-found", id));
  }
}
