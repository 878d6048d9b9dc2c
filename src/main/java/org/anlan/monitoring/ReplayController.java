package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 暴雨回放 the demo storm replay: district users who may change data start and stop it; everyone may watch its status. */
@RestController
class ReplayController {

  private final StormReplay replay;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;
  private final CurrentActor actors;

  ReplayController(StormReplay replay, Jurisdiction jurisdiction, AreaCatalogue areas, CurrentActor actors) {
    this.replay = replay;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
    this.actors = actors;
  }

  /** Which storm (2020 or 2012), how many of its wettest hours, and how many seconds one hour takes. */
  record Start(String dataset, @Min(3) @Max(168) Integer hours, Double secondsPerHour) {}

  @Operation(summary = "暴雨回放状态 The demo storm replay's status")
  @GetMapping("/api/v1/monitoring/replay")
  StormReplay.Status status() {
    return replay.status();
  }

  @Operation(summary = "开始暴雨回放 Replay a real storm onto the synthetic demo rain gauges (district users)")
  @PostMapping("/api/v1/monitoring/replay")
  @ResponseStatus(HttpStatus.ACCEPTED)
  StormReplay.Status start(@RequestBody(required = false) Start start) {
    jurisdiction.requireChangeable(areas.root().code());
    Start s = start == null ? new Start(null, null, null) : start;
    return replay.start(s.dataset(), s.hours() == null ? 48 : s.hours(), s.secondsPerHour() == null ? 5 : s.secondsPerHour(),
        actors.get().username());
  }

  @Operation(summary = "停止暴雨回放 Stop the replay")
  @DeleteMapping("/api/v1/monitoring/replay")
  StormReplay.Status stop() {
    jurisdiction.requireChangeable(areas.root().code());
    return replay.stop();
  }
}
