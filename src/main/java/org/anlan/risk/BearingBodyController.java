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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 承灾体 hazard-bearing bodies, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/hazard-bearing-bodies")
class BearingBodyController {

  private final BearingBodyDesk desk;
  private final Jurisdiction jurisdiction;

  BearingBodyController(BearingBodyDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "承灾体列表 Hazard-bearing bodies within ?area= (default: the caller's scope), optionally of one kind")
  @GetMapping
  List<BearingBodySummary> list(@RequestParam(required = false) String area,
      @RequestParam(required = false) BodyKind kind) {
    return desk.bodies(jurisdiction.listRoot(area).code(), kind);
  }

  @Operation(summary = "一个承灾体 One hazard-bearing body")
  @GetMapping("/{id}")
  BearingBodySummary one(@PathVariable long id) {
    BearingBodySummary body = desk.body(id);
    jurisdiction.requireVisible(AreaCode.of(body.areaCode()));
    return body;
  }

  @Operation(summary = "新建承灾体 Create a hazard-bearing body")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  BearingBodySummary create(@Valid @RequestBody SaveBearingBody command) {
    return desk.create(command);
  }

  @Operation(summary = "修改承灾体 Change a hazard-bearing body (send the version read)")
  @PutMapping("/{id}")
  BearingBodySummary update(@PathVariable long id, @Valid @RequestBody SaveBearingBody command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除承灾体 Delete a hazard-bearing body")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }
}
