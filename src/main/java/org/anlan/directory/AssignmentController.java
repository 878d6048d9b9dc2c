package org.anlan.directory;

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

/** 责任分工 responsibility assignments, and "who answers here?", limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1")
class AssignmentController {

  private final DirectoryDesk desk;
  private final Jurisdiction jurisdiction;

  AssignmentController(DirectoryDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "责任分工列表 Assignments for areas within ?area= (default: the caller's scope), of ?role=, naming ?person=")
  @GetMapping("/assignments")
  List<AssignmentSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) String role,
      @RequestParam(required = false) Long person) {
    return desk.assignments(jurisdiction.listRoot(area).code(), role, person);
  }

  @Operation(summary = "一条责任分工 One assignment")
  @GetMapping("/assignments/{id}")
  AssignmentSummary one(@PathVariable long id) {
    AssignmentSummary assignment = desk.assignment(id);
    jurisdiction.requireVisible(AreaCode.of(assignment.areaCode()));
    return assignment;
  }

  @Operation(summary = "新建责任分工 Create an assignment (publishes ResponsibilityAssigned)")
  @PostMapping("/assignments")
  @ResponseStatus(HttpStatus.CREATED)
  AssignmentSummary create(@Valid @RequestBody SaveAssignment command) {
    return desk.createAssignment(command);
  }

  @Operation(summary = "修改责任分工 Change an assignment (publishes ResponsibilityAssigned)")
  @PutMapping("/assignments/{id}")
  AssignmentSummary update(@PathVariable long id, @Valid @RequestBody SaveAssignment command) {
    return desk.updateAssignment(id, command);
  }

  @Operation(summary = "删除责任分工 Delete an assignment")
  @DeleteMapping("/assignments/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.deleteAssignment(id);
  }

  @Operation(summary = "谁负责 Who answers for ?area= in ?role=: primary, else deputy, else the nearest ancestor area")
  @GetMapping("/responsible")
  Responsible responsible(@RequestParam String area, @RequestParam String role) {
    return desk.responsibleFor(jurisdiction.requireVisible(area).code(), role);
  }

  @Operation(summary = "责任角色 The role codes with their Chinese and English labels and target type (AREA, DANGER_ZONE); ?target= narrows")
  @GetMapping("/directory/roles")
  List<RoleView> roles(@RequestParam(required = false) TargetType target) {
    return (target == null ? desk.roles() : desk.roles(target)).stream()
        .map(r -> new RoleView(r.name(), r.zh(), r.en(), r.target())).toList();
  }

  /** A role code with its labels and the kind of target it answers for. */
  record RoleView(String code, String zh, String en, TargetType target) {}
}
