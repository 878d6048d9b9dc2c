package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.Actor;
import org.anlan.platform.CurrentActor;
import org.anlan.platform.Problems;
import org.anlan.shared.AreaCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;

/**
 * 数据接入 HTTP ingest: {@code POST /api/v1/readings} with a JSON object whose {@code readings} array holds items of
 * {@code station}, {@code sensor}, {@code time} (ISO 8601 with offset) and {@code value}.
 * A device sends its station's token in {@code X-Station-Token} and may report for that station only; a
 * user with the ingest right ({@code anlan.monitoring.ingest-roles}) for any station in their scope.
 * Good items are stored even when others in the batch are refused; the answer lists each refused item
 * with its problem. 2xx means every accepted reading is committed.
 */
@RestController
class ReadingController {

  static final String TOKEN_HEADER = "X-Station-Token";

  private final ReadingCheck check;
  private final ReadingPipeline pipeline;
  private final StationCatalogue catalogue;
  private final CurrentActor actors;
  private final Jurisdiction jurisdiction;
  private final Problems problems;
  private final MonitoringProperties properties;
  private final IngestMetrics metrics;

  ReadingController(ReadingCheck check, ReadingPipeline pipeline, StationCatalogue catalogue, CurrentActor actors,
      Jurisdiction jurisdiction, Problems problems, MonitoringProperties properties, IngestMetrics metrics) {
    this.check = check;
    this.pipeline = pipeline;
    this.catalogue = catalogue;
    this.actors = actors;
    this.jurisdiction = jurisdiction;
    this.problems = problems;
    this.properties = properties;
    this.metrics = metrics;
  }

  @Operation(summary = "上报监测数据 Post a batch of readings (station token in X-Station-Token, or a user with the ingest right)")
  @PostMapping(path = "/api/v1/readings", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> post(@RequestBody JsonNode body, @RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) throws InterruptedException {
    Locale locale = RequestContextUtils.getLocale(request);
    Predicate<StationCatalogue.Entry> mayReport;
    if (token != null) {
      StationCatalogue.Entry station = catalogue.stationByTokenHash(StationTokens.hash(token.trim()));
      if (station == null) {
        return problem(HttpStatus.UNAUTHORIZED, "monitoring.token-invalid", locale);
      }
      mayReport = s -> s.id() == station.id();
    } else {
      Actor actor = actors.find().orElse(null);
      if (actor == null) {
        return problem(HttpStatus.UNAUTHORIZED, "auth.required", locale);
      }
      if (actor.roles().stream().noneMatch(r -> properties.ingestRoles().contains(r.name()))) {
        return problem(HttpStatus.FORBIDDEN, "monitoring.ingest-denied", locale);
      }
      mayReport = s -> jurisdiction.covers(actor, AreaCode.of(s.areaCode()));
    }
    JsonNode items = body == null ? null : body.get("readings");
    if (items == null || !items.isArray()) {
      return problem(HttpStatus.BAD_REQUEST, "monitoring.readings-missing", locale);
    }
    if (items.size() > properties.maxPerRequest()) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "monitoring.readings-too-many", locale, properties.maxPerRequest());
    }
    List<JsonNode> list = new ArrayList<>(items.size());
    items.forEach(list::add);
    metrics.received("http", list.size());
    ReadingCheck.Checked checked = check.check(list, null, mayReport);
    checked.rejected().forEach(r -> metrics.rejected("http", r.code()));
    boolean[] fresh;
    try {
      fresh = pipeline.submit(checked.readings()).get(properties.submitTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ReadingPipeline.Overloaded | TimeoutException e) {
      return unavailable("monitoring.overloaded", locale);
    } catch (ExecutionException e) {
      return unavailable("monitoring.store-failed", locale);
    }
    int stored = 0;
    for (boolean b : fresh) {
      stored += b ? 1 : 0;
    }
    List<IngestResult.RejectedItem> rejected = checked.rejected().stream().map(r -> new IngestResult.RejectedItem(r.index(), r.station(),
        r.sensor(), itemProblem(r, locale))).toList();
    if (!list.isEmpty() && checked.readings().isEmpty()) {
      metrics.refusedRequest("monitoring.readings-rejected");
      ProblemDetail p = problems.build(HttpStatus.UNPROCESSABLE_CONTENT, "monitoring.readings-rejected", new Object[] {list.size()}, locale);
      p.setProperty("rejected", rejected);
      return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
    return ResponseEntity.ok(new IngestResult(list.size(), checked.readings().size(), stored, checked.readings().size() - stored, rejected));
  }

  private Map<String, Object> itemProblem(ReadingCheck.Rejection r, Locale locale) {
    ProblemDetail p = problems.build(HttpStatus.UNPROCESSABLE_CONTENT, r.code(), r.args(), locale);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", p.getType().toString());
    map.put("title", p.getTitle());
    map.put("status", p.getStatus());
    map.put("detail", p.getDetail());
    map.put("code", r.code());
    return map;
  }

  /** 503 with Retry-After: nothing of the request was stored; the sender tries again. Counted like every refusal. */
  private ResponseEntity<ProblemDetail> unavailable(String code, Locale locale) {
    metrics.refusedRequest(code);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problems.build(HttpStatus.SERVICE_UNAVAILABLE, code, new Object[0], locale));
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Locale locale, Object... args) {
    metrics.refusedRequest(code);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.build(status, code, args, locale));
  }
}
