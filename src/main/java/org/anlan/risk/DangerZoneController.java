package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.anlan.shared.NotFoundException;
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

/** 隐患点与危险区 danger zones and their households, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/danger-zones")
class DangerZoneController {

  private final DangerZoneDesk desk;
  private final Jurisdiction jurisdiction;

  DangerZoneController(DangerZoneDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "隐患点列表 Danger zones whose area lies within ?area= (default: the caller's scope)")
  @GetMapping
  List<DangerZoneSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) ZoneKind kind) {
    return desk.zones(jurisdiction.listRoot(area).code(), kind);
  }

  @Operation(summary = "一个隐患点 One danger zone with its households, vulnerable people and responsible people")
  @GetMapping("/{id}")
  DangerZoneDetail one(@PathVariable long id) {
    visible(id);
    return desk.detail(id);
  }

  @Operation(summary = "新建隐患点 Create a danger zone")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DangerZoneSummary create(@Valid @RequestBody SaveDangerZone command) {
    return desk.create(command);
  }

  @Operation(summary = "修改隐患点 Change a danger zone (send the version read)")
  @PutMapping("/{id}")
  DangerZoneSummary update(@PathVariable long id, @Valid @RequestBody SaveDangerZone command) {
    return desk.update(id, command);
  }

  @Operation(summary = "删除隐患点 Delete a danger zone with its households")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }

  @Operation(summary = "住户列表 The zone's households with their vulnerable people")
  @GetMapping("/{id}/households")
  List<HouseholdView> households(@PathVariable long id) {
    visible(id);
    return desk.detail(id).households();
  }

  @Operation(summary = "新增住户 Add a household (with its vulnerable people)")
  @PostMapping("/{id}/households")
  @ResponseStatus(HttpStatus.CREATED)
  HouseholdView addHousehold(@PathVariable long id, @Valid @RequestBody SaveHousehold command) {
    return household(id, desk.addHousehold(id, command));
  }

  @Operation(summary = "修改住户 Change a household; its vulnerable people are replaced")
  @PutMapping("/{id}/households/{householdId}")
  HouseholdView changeHousehold(@PathVariable long id, @PathVariable long householdId, @Valid @RequestBody SaveHousehold command) {
    desk.changeHousehold(id, householdId, command);
    return household(id, householdId);
  }

  @Operation(summary = "删除住户 Remove a household")
  @DeleteMapping("/{id}/households/{householdId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeHousehold(@PathVariable long id, @PathVariable long householdId) {
    desk.removeHousehold(id, householdId);
  }

  private void visible(long id) {
    jurisdiction.requireVisible(AreaCode.of(desk.zone(id).areaCode()));
  }

  private HouseholdView household(long zoneId, long householdId) {
    return desk.detail(zoneId).households().stream().filter(h -> h.id() == householdId).findFirst()
        .orElseThrow(() -> new NotFoundException("risk.household-not-found", householdId));
  }
}
