package org.anlan.resources;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 专家库 experts, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/experts")
class ExpertController {

  private final ExpertDesk desk;
  private final Jurisdiction jurisdiction;

  ExpertController(ExpertDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "专家列表 Experts whose area lies within ?area= (default: the caller's scope), optionally of one field")
  @GetMapping
  List<ExpertSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) String field) {
    return desk.experts(jurisdiction.listRoot(area).code(), field);
  }

  @Operation(summary = "一位专家 One expert")
  @GetMapping("/{id}")
  ExpertSummary one(@PathVariable long id) {
    ExpertSummary expert = desk.expert(id);
    jurisdiction.requireVisible(AreaCode.of(expert.areaCode()));
    return expert;
  }

  @Operation(summary = "新建专家 Create an expert")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ExpertSummary create(@Valid @RequestBody SaveExpert command) {
    return desk.create(command);
  }

  @Operation(summary = "修改专家 Change an expert (send the version read)")
  @PutMapping("/{id}")
  ExpertSummary update(@PathVariable long id, @Valid @RequestBody SaveExpert command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除专家 Delete an expert")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }
}
