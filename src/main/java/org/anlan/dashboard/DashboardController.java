package org.anlan.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.dashboard.ResponsibilityChanges.Change;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {

  private final ResponsibilityChanges changes;
  private final Jurisdiction jurisdiction;

  DashboardController(ResponsibilityChanges changes, Jurisdiction jurisdiction) {
    this.changes = changes;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "最近的责任分工变更 Recent responsibility changes in the caller's scope (or ?area=)")
  @GetMapping("/responsibility-changes")
  List<Change> responsibilityChanges(@RequestParam(required = false) String area,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
    return changes.recent(jurisdiction.listRoot(area).code(), limit);
  }
}
