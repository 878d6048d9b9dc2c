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

/** 单位 organisations, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

  private final DirectoryDesk desk;
  private final Jurisdiction jurisdiction;

  OrganisationController(DirectoryDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "单位列表 Organisations within ?area= (default: the caller's scope); q= searches the name")
  @GetMapping
  List<OrganisationSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) String q) {
    return desk.organisations(jurisdiction.listRoot(area).code(), q);
  }

  @Operation(summary = "一个单位 One organisation")
  @GetMapping("/{id}")
  OrganisationSummary one(@PathVariable long id) {
    OrganisationSummary organisation = desk.organisation(id);
    jurisdiction.requireVisible(AreaCode.of(organisation.areaCode()));
    return organisation;
  }

  @Operation(summary = "新建单位 Create an organisation")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  OrganisationSummary create(@Valid @RequestBody SaveOrganisation command) {
    return desk.createOrganisation(command);
  }

  @Operation(summary = "修改单位 Change an organisation")
  @PutMapping("/{id}")
  OrganisationSummary update(@PathVariable long id, @Valid @RequestBody SaveOrganisation command) {
    return desk.updateOrganisation(id, command);
  }

  @Operation(summary = "删除单位 Delete an organisation with no people and no sub-organisations")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.deleteOrganisation(id);
  }
}
