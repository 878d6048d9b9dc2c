package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.directory.AssignResponsibility;
import org.anlan.shared.AreaCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 包保/六落实: who answers for a danger zone, and assigning people to it, within the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/danger-zones/{id}/responsible")
class ZoneResponsibleController {

  private final DangerZoneDesk desk;
  private final Jurisdiction jurisdiction;

  ZoneResponsibleController(DangerZoneDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "隐患点责任人 The zone's 六落实 people (by role), then its area's 网格员 and 村社书记 marked fallback")
  @GetMapping
  List<ZoneResponsible> list(@PathVariable long id) {
    jurisdiction.requireVisible(AreaCode.of(desk.zone(id).areaCode()));
    return desk.responsible(id);
  }

  @Operation(summary = "分配六落实责任人 Assign a person to the zone in a 六落实 role (ZONE_GUARANTOR, ZONE_MONITOR, ZONE_WARNER, ZONE_TRANSFER, ZONE_REPORTER)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ZoneResponsible assign(@PathVariable long id, @Valid @RequestBody AssignResponsibility command) {
    return desk.assignResponsible(id, command);
  }

  @Operation(summary = "修改六落实责任人 Change one of the zone's assignments (send its version)")
  @PutMapping("/{assignmentId}")
  ZoneResponsible change(@PathVariable long id, @PathVariable long assignmentId, @Valid @RequestBody AssignResponsibility command) {
    return desk.changeResponsible(id, assignmentId, command);
  }

  @Operation(summary = "移除六落实责任人 Remove one of the zone's assignments")
  @DeleteMapping("/{assignmentId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable long id, @PathVariable long assignmentId) {
    desk.removeResponsible(id, assignmentId);
  }
}
