package org.anlan.directory;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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

/** 人员 people, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/people")
class PersonController {

  private final DirectoryDesk desk;
  private final Jurisdiction jurisdiction;

  PersonController(DirectoryDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "人员列表 People whose area lies within ?area= (default: the caller's scope); q= searches name, mobile, position")
  @GetMapping
  PersonPage list(@RequestParam(required = false) String area, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return desk.people(jurisdiction.listRoot(area).code(), q, page, size);
  }

  @Operation(summary = "一个人员 One person")
  @GetMapping("/{id}")
  PersonSummary one(@PathVariable long id) {
    PersonSummary person = desk.person(id);
    jurisdiction.requireVisible(AreaCode.of(person.areaCode()));
    return person;
  }

  @Operation(summary = "新建人员 Create a person")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PersonSummary create(@Valid @RequestBody SavePerson command) {
    return desk.createPerson(command);
  }

  @Operation(summary = "修改人员 Change a person (send the version read for optimistic locking)")
  @PutMapping("/{id}")
  PersonSummary update(@PathVariable long id, @Valid @RequestBody SavePerson command) {
    return desk.updatePerson(id, command);
  }

  @Operation(summary = "删除人员 Delete a person who has no assignments")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.deletePerson(id);
  }
}
