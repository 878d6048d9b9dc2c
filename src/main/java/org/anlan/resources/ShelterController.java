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

/** 避难场所 shelters, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/shelters")
class ShelterController {

  private final ShelterDesk desk;
  private final Jurisdiction jurisdiction;

  ShelterController(ShelterDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "避难场所列表 Shelters whose area lies within ?area= (default: the caller's scope), optionally of one type/status")
  @GetMapping
  List<ShelterSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) ShelterType type,
      @RequestParam(required = false) ShelterStatus status) {
    return desk.shelters(jurisdiction.listRoot(area).code(), type, status);
  }

  @Operation(summary = "临时避灾点覆盖 Villages within ?area= (default: the caller's scope) without a usable temporary shelter")
  @GetMapping("/coverage")
  ShelterCoverage coverage(@RequestParam(required = false) String area) {
    return desk.coverage(jurisdiction.listRoot(area).code());
  }

  @Operation(summary = "一个避难场所 One shelter")
  @GetMapping("/{id}")
  ShelterSummary one(@PathVariable long id) {
    ShelterSummary shelter = desk.shelter(id);
    jurisdiction.requireVisible(AreaCode.of(shelter.areaCode()));
    return shelter;
  }

  @Operation(summary = "新建避难场所 Create a shelter")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ShelterSummary create(@Valid @RequestBody SaveShelter command) {
    return desk.create(command);
  }

  @Operation(summary = "修改避难场所 Change a shelter (send the version read for optimistic locking)")
  @PutMapping("/{id}")
  ShelterSummary update(@PathVariable long id, @Valid @RequestBody SaveShelter command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除避难场所 Delete a shelter")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }
}
