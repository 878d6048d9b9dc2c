package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 预警规则 rules: list, edit, preview, and which rule applies to a station. */
@RestController
class RuleController {

  private final RuleDesk desk;

  RuleController(RuleDesk desk) {
    this.desk = desk;
  }

  /** A preview request: the rule as edited, optionally one station, and how many days back (default 7). */
  record Preview(@Valid @NotNull SaveRule rule, String station, Integer days) {}

  @Operation(summary = "规则列表 Rules the caller can see (district-wide and of their areas)")
  @GetMapping("/api/v1/rules")
  List<RuleSummary> list() {
    return desk.rules();
  }

  @Operation(summary = "一条规则 One rule")
  @GetMapping("/api/v1/rules/{id}")
  RuleSummary one(@PathVariable long id) {
    return desk.rule(id);
  }

  @Operation(summary = "新建规则 Create a rule")
  @PostMapping("/api/v1/rules")
  @ResponseStatus(HttpStatus.CREATED)
  RuleSummary create(@Valid @RequestBody SaveRule command) {
    return desk.create(command);
  }

  @Operation(summary = "修改规则 Change a rule (send the version read)")
  @PutMapping("/api/v1/rules/{id}")
  RuleSummary update(@PathVariable long id, @Valid @RequestBody SaveRule command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除规则 Delete a rule (built-in rules can only be switched off)")
  @DeleteMapping("/api/v1/rules/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }

  @Operation(summary = "规则预演 What the rule would have done over the last days of readings")
  @PostMapping("/api/v1/rules/preview")
  List<RuleDesk.Transition> preview(@Valid @RequestBody Preview preview) {
    return desk.preview(preview.rule(), preview.station(), preview.days() == null ? 7 : preview.days());
  }

  @Operation(summary = "适用规则 For each sensor of the station and topic: the rule that applies and why")
  @GetMapping("/api/v1/stations/{code}/rules")
  List<RuleDesk.Applicability> applicable(@PathVariable String code) {
    return desk.applicable(code);
  }
}
