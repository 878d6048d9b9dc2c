package org.anlan.risk;

import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 企业与重大危险源: the enterprises API — enterprises, their major hazard sources (graded by GB
 * 18218-2018 on save) and their assessments (LEC, matrix). Queries take an area and do not check the
 * caller's scope (the caller does); commands check that the current user may change the area and audit.
 */
@Service
@Validated
@Transactional
public class EnterpriseDesk {

  private final Enterprises enterprises;
  private final EnterpriseCommands commands;
  private final HazardSourceCommands sources;
  private final AreaCatalogue areas;
  private final JdbcClient jdbc;

  EnterpriseDesk(Enterprises enterprises, EnterpriseCommands commands, HazardSourceCommands sources,
      AreaCatalogue areas, JdbcClient jdbc) {
    this.enterprises = enterprises;
    this.commands = commands;
    this.sources = sources;
    this.areas = areas;
    this.jdbc = jdbc;
  }

  /** The enterprise, or 404 {@code risk.enterprise-not-found}. */
  @Transactional(readOnly = true)
  public EnterpriseSummary enterprise(long id) {
    return commands.load(id).summary();
  }

  /** Enterprises whose area lies within {@code within}, of one industry when given. */
  @Transactional(readOnly = true)
  public List<EnterpriseSummary> enterprises(AreaCode within, Industry industry) {
    return enterprises.findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(codesWithin(within)).stream()
        .filter(e -> industry == null || e.industry == industry).map(Enterprise::summary).toList();
  }

  public EnterpriseSummary create(@Valid SaveEnterprise command) {
    return commands.create(command);
  }

  public EnterpriseSummary update(long id, @Valid SaveEnterprise command) {
    return commands.update(id, command);
  }

  public void delete(long id) {
    commands.delete(id);
  }

  /** The major hazard sources of an enterprise, highest grade first. */
  @Transactional(readOnly = true)
  public List<HazardSourceSummary> hazardSources(long enterpriseId) {
    return sources.of(enterpriseId);
  }

  /** Major hazard sources of the enterprises within {@code within}, of one grade (1–4) when given. */
  @Transactional(readOnly = true)
  public List<HazardSourceSummary> hazardSources(AreaCode within, Integer grade) {
    return enterprises(within, null).stream().flatMap(e -> sources.of(e.id()).stream())
        .filter(s -> grade == null || s.grade().code().equals(String.valueOf(grade))).toList();
  }

  /** The source, or 404 {@code risk.hazard-source-not-found}. */
  @Transactional(readOnly = true)
  public HazardSourceSummary hazardSource(long enterpriseId, long id) {
    return sources.load(enterpriseId, id).summary(commands.load(enterpriseId).areaCode);
  }

  public HazardSourceSummary createHazardSource(long enterpriseId, @Valid SaveHazardSource command) {
    return sources.create(enterpriseId, command);
  }

  public HazardSourceSummary updateHazardSource(long enterpriseId, long id, @Valid SaveHazardSource command) {
    return sources.update(enterpriseId, id, command);
  }

  public void deleteHazardSource(long enterpriseId, long id) {
    sources.delete(enterpriseId, id);
  }

  /** Stores an LEC or matrix assessment and updates the enterprise's colour. */
  public AssessmentSummary assess(long enterpriseId, @Valid AssessEnterprise command) {
    return sources.assess(enterpriseId, command);
  }

  /** The assessments of an enterprise, latest first. */
  @Transactional(readOnly = true)
  public List<AssessmentSummary> assessments(long enterpriseId) {
    commands.load(enterpriseId);
    return jdbc.sql("""
            select id, enterprise_id, method, inputs, score, colour, note, assessed_by, assessed_at
            from risk_assessment where enterprise_id = :id order by assessed_at desc, id desc""")
        .param("id", enterpriseId)
        .query((rs, n) -> new AssessmentSummary(rs.getLong(1), rs.getLong(2),
            AssessEnterprise.Method.valueOf(rs.getString(3)), rs.getString(4), rs.getDouble(5),
            RiskColour.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
        .list();
  }

  private List<String> codesWithin(AreaCode within) {
    return areas.subtree(within).stream().map(Area::code).map(AreaCode::value).toList();
  }
}
