package org.anlan.risk;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 重点人员 vulnerable people of danger zones and their one-to-one helpers (一对一帮扶). */
@RestController
@RequestMapping("/api/v1/vulnerable-people")
class VulnerablePeopleController {

  /** The helper to pair with; null unpairs. */
  record Helper(Long personId) {}

  private final DangerZoneDesk desk;
  private final Jurisdiction jurisdiction;

  VulnerablePeopleController(DangerZoneDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "重点人员 Vulnerable people within ?area= (default: the caller's scope); ?unpaired=true: without a helper")
  @GetMapping
  List<VulnerablePersonView> list(@RequestParam(required = false) String area, @RequestParam(defaultValue = "false") boolean unpaired) {
    return desk.vulnerablePeople(jurisdiction.listRoot(area).code(), unpaired);
  }

  @Operation(summary = "结对帮扶人 Pair a vulnerable person with a helper (directory person); personId null unpairs")
  @PutMapping("/{id}/helper")
  void pair(@PathVariable long id, @RequestBody Helper helper) {
    desk.pairHelper(id, helper.personId());
  }
}
