package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 企业 enterprises with their major hazard sources and assessments, limited to the caller's jurisdiction. */
@RestController
class EnterpriseController {

  private final EnterpriseDesk desk;
  private final Jurisdiction jurisdiction;

  EnterpriseController(EnterpriseDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "企业列表 Enterprises within ?area= (default: the caller's scope), optionally of one industry")
  @GetMapping("/api/v1/enterprises")
  List<EnterpriseSummary> list(@RequestParam(required = false) String area,
      @RequestParam(required = false) Industry industry) {
    return desk.enterprises(jurisdiction.listRoot(area).code(), industry);
  }

  @Operation(summary = "一个企业 One enterprise")
  @GetMapping("/api/v1/enterprises/{id}")
  EnterpriseSummary one(@PathVariable long id) {
    return visible(id);
  }

  @Operation(summary = "新建企业 Create an enterprise")
  @PostMapping("/api/v1/enterprises")
  @ResponseStatus(HttpStatus.CREATED)
  EnterpriseSummary create(@Valid @RequestBody SaveEnterprise command) {
    return desk.create(command);
  }

  @Operation(summary = "修改企业 Change an enterprise (send the version read for optimistic locking)")
  @PutMapping("/api/v1/enterprises/{id}")
  EnterpriseSummary update(@PathVariable long id, @Valid @RequestBody SaveEnterprise command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除企业 Delete an enterprise with its hazard sources and assessments")
  @DeleteMapping("/api/v1/enterprises/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }

  @Operation(summary = "企业的重大危险源 The major hazard sources of an enterprise")
  @GetMapping("/api/v1/enterprises/{id}/hazard-sources")
  List<HazardSourceSummary> sources(@PathVariable long id) {
    visible(id);
    return desk.hazardSources(id);
  }

  @Operation(summary = "一个重大危险源 One major hazard source")
  @GetMapping("/api/v1/enterprises/{id}/hazard-sources/{sourceId}")
  HazardSourceSummary source(@PathVariable long id, @PathVariable long sourceId) {
    visible(id);
    return desk.hazardSource(id, sourceId);
  }

  @Operation(summary = "新建重大危险源 Create a major hazard source, graded by GB 18218-2018 (S < 1 is refused)")
  @PostMapping("/api/v1/enterprises/{id}/hazard-sources")
  @ResponseStatus(HttpStatus.CREATED)
  HazardSourceSummary createSource(@PathVariable long id, @Valid @RequestBody SaveHazardSource command) {
    return desk.createHazardSource(id, command);
  }

  @Operation(summary = "修改重大危险源 Change a major hazard source and grade it again")
  @PutMapping("/api/v1/enterprises/{id}/hazard-sources/{sourceId}")
  HazardSourceSummary updateSource(@PathVariable long id, @PathVariable long sourceId,
      @Valid @RequestBody SaveHazardSource command) {
    return desk.updateHazardSource(id, sourceId, command);
  }

  @Operation(summary = "删除重大危险源 Delete a major hazard source")
  @DeleteMapping("/api/v1/enterprises/{id}/hazard-sources/{sourceId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteSource(@PathVariable long id, @PathVariable long sourceId) {
    desk.deleteHazardSource(id, sourceId);
  }

  @Operation(summary = "重大危险源列表 Major hazard sources within ?area= (default: the caller's scope), of one ?grade= (1–4)")
  @GetMapping("/api/v1/hazard-sources")
  List<HazardSourceSummary> allSources(@RequestParam(required = false) String area,
      @RequestParam(required = false) Integer grade) {
    return desk.hazardSources(jurisdiction.listRoot(area).code(), grade);
  }

  @Operation(summary = "企业的风险评估 The assessments of an enterprise, latest first")
  @GetMapping("/api/v1/enterprises/{id}/assessments")
  List<AssessmentSummary> assessments(@PathVariable long id) {
    visible(id);
    return desk.assessments(id);
  }

  @Operation(summary = "评估企业风险 Assess an enterprise by LEC or the risk matrix; updates its colour")
  @PostMapping("/api/v1/enterprises/{id}/assessments")
  @ResponseStatus(HttpStatus.CREATED)
  AssessmentSummary assess(@PathVariable long id, @Valid @RequestBody AssessEnterprise command) {
    return desk.assess(id, command);
  }

  private EnterpriseSummary visible(long id) {
    EnterpriseSummary enterprise = desk.enterprise(id);
    jurisdiction.requireVisible(AreaCode.of(enterprise.areaCode()));
    return enterprise;
  }
}
