package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.platform.CurrentActor;
import org.anlan.shared.AreaCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** 告警 alarms, limited to the caller's jurisdiction, and their live stream. */
@RestController
@RequestMapping("/api/v1/alarms")
class AlarmController {

  private final AlarmDesk desk;
  private final Jurisdiction jurisdiction;
  private final AlarmStream stream;
  private final CurrentActor actors;
  private final ReadingStore store;
  private final StationCatalogue catalogue;

  AlarmController(AlarmDesk desk, Jurisdiction jurisdiction, AlarmStream stream, CurrentActor actors, ReadingStore store,
      StationCatalogue catalogue) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
    this.stream = stream;
    this.actors = actors;
    this.store = store;
    this.catalogue = catalogue;
  }

  /** A person's note to an alarm action. */
  record Note(@Size(max = 1000) String text) {}

  /** Whom to give the alarm to (a user name), blank to take it back. */
  record Assignment(@Size(max = 64) String assignee) {}

  /** An alarm with its history. */
  record AlarmDetail(AlarmSummary alarm, List<AlarmQueries.AlarmEntry> history) {}

  @Operation(summary = "告警列表 Alarms in ?area= (default: the caller's scope); ?status=open (default: not closed), active, all or a status")
  @GetMapping
  List<AlarmSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) String status,
      @RequestParam(required = false) String station, @RequestParam(defaultValue = "500") int limit) {
    return desk.alarms(jurisdiction.listRoot(area).code(), status, station, limit);
  }

  @Operation(summary = "告警推送 Server-Sent Events: an 'alarm' event with the alarm each time one in the caller's scope changes")
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream() {
    return stream.subscribe(actors.get());
  }

  @Operation(summary = "一条告警 One alarm with its history")
  @GetMapping("/{id}")
  AlarmDetail one(@PathVariable long id) {
    return new AlarmDetail(visible(id), desk.history(id));
  }

  @Operation(summary = "告警依据 The readings behind an alarm: its sensor's series from a day before it was raised to its end")
  @GetMapping("/{id}/readings")
  List<ReadingStore.Point> readings(@PathVariable long id) {
    AlarmSummary alarm = visible(id);
    StationCatalogue.Entry station = catalogue.station(alarm.stationCode());
    Long sensorId = station == null ? null : station.sensorIds().get(alarm.sensorCode());
    if (sensorId == null) {
      return List.of();
    }
    Instant[] window = desk.evidenceWindow(alarm);
    return store.series(sensorId, window[0], window[1], 2000, false);
  }

  @Operation(summary = "签收 Acknowledge a raised alarm")
  @PostMapping("/{id}/acknowledge")
  AlarmSummary acknowledge(@PathVariable long id, @RequestBody(required = false) Note note) {
    return desk.acknowledge(id, note == null ? null : note.text());
  }

  @Operation(summary = "批注 Comment on an alarm")
  @PostMapping("/{id}/comment")
  AlarmSummary comment(@PathVariable long id, @RequestBody Note note) {
    return desk.comment(id, note.text());
  }

  @Operation(summary = "指派 Give an alarm to a user to follow up")
  @PostMapping("/{id}/assign")
  AlarmSummary assign(@PathVariable long id, @RequestBody Assignment assignment) {
    return desk.assign(id, assignment.assignee());
  }

  @Operation(summary = "关闭 Close an alarm (an active one needs the reason)")
  @PostMapping("/{id}/close")
  AlarmSummary close(@PathVariable long id, @RequestBody(required = false) Note note) {
    return desk.close(id, note == null ? null : note.text());
  }

  private AlarmSummary visible(long id) {
    AlarmSummary alarm = desk.alarm(id);
    jurisdiction.requireVisible(AreaCode.of(alarm.areaCode()));
    return alarm;
  }
}
