package org.anlan.platform;

import io.swagger.v3.oas.annotations.Operation;
import org.anlan.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 导入进度: the progress of one's own import, named by the {@code X-Import-Id} it was posted with. */
@RestController
class ImportProgressController {

  private final ImportProgressRegistry registry;
  private final CurrentActor actors;

  ImportProgressController(ImportProgressRegistry registry, CurrentActor actors) {
    this.registry = registry;
    this.actors = actors;
  }

  @Operation(summary = "导入进度 Progress of the caller's import {id} (the X-Import-Id it was posted with): phase, done, total, percent")
  @GetMapping("/api/v1/imports/{id}/progress")
  ImportProgress.View progress(@PathVariable String id) {
    return registry.find(actors.get().username(), id).map(ImportProgress::view)
        .orElseThrow(() -> new NotFoundException("import.progress-not-found"));
  }
}
