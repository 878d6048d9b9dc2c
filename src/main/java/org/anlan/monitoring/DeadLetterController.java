package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.Jurisdiction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 接入死信: the MQTT messages and items ingest refused, newest first — for district users (a message may name no known station). */
@RestController
class DeadLetterController {

  private final DeadLetters deadLetters;
  private final Jurisdiction jurisdiction;
  private final AreaCatalogue areas;

  DeadLetterController(DeadLetters deadLetters, Jurisdiction jurisdiction, AreaCatalogue areas) {
    this.deadLetters = deadLetters;
    this.jurisdiction = jurisdiction;
    this.areas = areas;
  }

  @Operation(summary = "接入死信 Refused MQTT messages and items with the reason (district users)")
  @GetMapping("/api/v1/ingest/dead-letters")
  List<DeadLetters.DeadLetter> list(@RequestParam(defaultValue = "200") int limit) {
    jurisdiction.requireVisible(areas.root().code());
    return deadLetters.latest(Math.max(1, Math.min(limit, 1000)));
  }
}
