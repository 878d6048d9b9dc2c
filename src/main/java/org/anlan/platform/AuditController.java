package org.anlan.platform;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.anlan.platform.AuditLog.AuditEntry;
import org.anlan.platform.AuditLog.AuditQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @Operation(summary = "审计日志 The audit log (district admins only), newest first")
  @GetMapping
  @PreAuthorize("hasRole('DISTRICT_ADMIN')")
  List<AuditEntry> search(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
      @RequestParam(required = false) String actor, @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return audit.search(new AuditQuery(entityType, entityId, actor, from, to, page, size));
  }
}
