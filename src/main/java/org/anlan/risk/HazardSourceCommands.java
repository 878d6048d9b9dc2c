package org.anlan.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.anlan.platform.AuditLog;
import org.anlan.platform.CurrentActor;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Major hazard sources and assessments of an enterprise: graded on save, audited, announced by {@link RiskGraded}. */
@Component
class HazardSourceCommands {

  static final String AUDIT_TYPE = "risk.hazard-source";

  private final HazardSources sources;
  private final EnterpriseCommands enterprises;
  private final PlaceCheck places;
  private final RiskAssessment assessment;
  private final AuditLog audit;
  private final CurrentActor actors;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock = Clock.systemUTC();

  HazardSourceCommands(HazardSources sources, EnterpriseCommands enterprises, PlaceCheck places,
      RiskAssessment assessment, AuditLog audit, CurrentActor actors, ApplicationEventPublisher events, JdbcClient jdbc) {
    this.sources = sources;
    this.enterprises = enterprises;
    this.places = places;
    this.assessment = assessment;
    this.audit = audit;
    this.actors = actors;
    this.events = events;
    this.jdbc = jdbc;
  }

  HazardSourceSummary create(long enterpriseId, SaveHazardSource command) {
    Enterprise enterprise = changeable(enterpriseId);
    HazardSource source = new HazardSource();
    source.enterpriseId = enterpriseId;
    return save(enterprise, source, command, "create");
  }

  HazardSourceSummary update(long enterpriseId, long id, SaveHazardSource command) {
    Enterprise enterprise = changeable(enterpriseId);
    return save(enterprise, load(enterpriseId, id), command, "update");
  }

  void delete(long enterpriseId, long id) {
    Enterprise enterprise = changeable(enterpriseId);
    HazardSource source = load(enterpriseId, id);
    HazardSourceSummary before = source.summary(enterprise.areaCode);
    sources.delete(source);
    audit.record(AUDIT_TYPE, String.valueOf(id), enterprise.areaCode, "delete", before, null);
    enterprises.recolour(enterpriseId, null);
  }

  AssessmentSummary assess(long enterpriseId, AssessEnterprise command) {
    Enterprise enterprise = changeable(enterpriseId);
    Scored scored = switch (command.method()) {
      case LEC -> {
        LecScore lec = assessment.scoreLec(new ScoreLec(command.l(), command.e(), command.c()));
        yield new Scored("L=%s E=%s C=%s".formatted(num(lec.l()), num(lec.e()), num(lec.c())), lec.d(),
            RiskColour.valueOf(lec.colour().code()));
      }
      case MATRIX -> {
        MatrixScore m = assessment.scoreMatrix(new ScoreMatrix(command.l(), command.s()));
        yield new Scored("L=%d S=%d".formatted(m.l(), m.s()), m.product(), RiskColour.valueOf(m.colour().code()));
      }
    };
    Instant now = clock.instant();
    String who = actors.writer().username();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into risk_assessment (enterprise_id, method, inputs, score, colour, note, assessed_by, assessed_at)
        values (:e, :method, :inputs, :score, :colour, :note, :who, :at)""")
        .param("e", enterpriseId).param("method", command.method().name()).param("inputs", scored.inputs())
        .param("score", scored.score()).param("colour", scored.colour().name()).param("note", Text.orNull(command.note()))
        .param("who", who).param("at", java.sql.Timestamp.from(now))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    AssessmentSummary after = new AssessmentSummary(id, enterpriseId, command.method(), scored.inputs(), scored.score(),
        scored.colour(), Text.orNull(command.note()), who, now);
    audit.record("risk.assessment", String.valueOf(id), enterprise.areaCode, "create", null, after);
    RiskColour colour = enterprises.recolour(enterpriseId, scored.colour());
    events.publishEvent(new RiskGraded("ENTERPRISE", enterpriseId, enterprise.areaCode, null, colour));
    return after;
  }

  List<HazardSourceSummary> of(long enterpriseId) {
    String area = enterprises.load(enterpriseId).areaCode;
    return sources.findByEnterpriseIdOrderByGradeAscIdAsc(enterpriseId).stream().map(s -> s.summary(area)).toList();
  }

  HazardSource load(long enterpriseId, long id) {
    return sources.findById(id).filter(s -> s.enterpriseId == enterpriseId)
        .orElseThrow(() -> new NotFoundException("risk.hazard-source-not-found", id));
  }

  private HazardSourceSummary save(Enterprise enterprise, HazardSource source, SaveHazardSource command, String action) {
    HazardSourceGrading grading = assessment.grade(new GradeHazardSource(
        command.substances().stream().map(s -> HazardSource.HazardSubstance.of(s).grading()).toList(),
        command.exposedPopulation().doubleValue()));
    if (!grading.identified()) {
      throw new RuleViolatedException("risk.not-a-major-hazard", command.name(), grading.s());
    }
    HazardSourceSummary before = source.id == null ? null : source.summary(enterprise.areaCode);
    source.apply(command, grading, clock.instant());
    if (source.id == null) {
      source.version = null;
    }
    HazardSourceSummary after = sources.save(source).summary(enterprise.areaCode);
    audit.record(AUDIT_TYPE, String.valueOf(after.id()), enterprise.areaCode, action, before, after);
    enterprises.recolour(enterprise.id, null);
    events.publishEvent(new RiskGraded("HAZARD_SOURCE", after.id(), enterprise.areaCode, after.grade().code(),
        HazardSource.colourOf(source.grade)));
    return after;
  }

  private Enterprise changeable(long enterpriseId) {
    Enterprise enterprise = enterprises.load(enterpriseId);
    places.requireChangeable(enterprise.areaCode);
    return enterprise;
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private record Scored(String inputs, double score, RiskColour colour) {}
}
