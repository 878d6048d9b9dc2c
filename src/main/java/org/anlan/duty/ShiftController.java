package org.anlan.duty;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.anlan.area.Area;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 值班表: the shifts of the district's and the towns' rosters, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/duty")
class ShiftController {

  private final DutyRoster roster;
  private final Jurisdiction jurisdiction;
  private final Clock clock;

  ShiftController(DutyRoster roster, Jurisdiction jurisdiction, Clock clock) {
    this.roster = roster;
    this.jurisdiction = jurisdiction;
    this.clock = clock;
  }

  @Operation(summary = "值班表 The shifts of ?area='s roster (default: the caller's scope) overlapping [from, to) (ISO instants; default: "
      + "the coming 7 days from now; at most 62 days)")
  @GetMapping("/shifts")
  List<ShiftSummary> list(@RequestParam(required = false) String area,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
    Area root = jurisdiction.listRoot(area);
    Instant start = from == null ? clock.instant() : from.toInstant();
    Instant end = to == null ? start.plus(Duration.ofDays(7)) : to.toInstant();
    return roster.shifts(root.code(), start, end);
  }

  @Operation(summary = "当前值班 Who is on ?area='s roster now (default: the caller's scope), 值班员 first, then 带班领导")
  @GetMapping("/now")
  List<ShiftSummary> now(@RequestParam(required = false) String area) {
    return roster.onDuty(jurisdiction.listRoot(area).code(), clock.instant());
  }

  @Operation(summary = "一个班次 One shift")
  @GetMapping("/shifts/{id}")
  ShiftSummary one(@PathVariable long id) {
    ShiftSummary shift = roster.shift(id);
    jurisdiction.requireVisible(AreaCode.of(shift.areaCode()));
    return shift;
  }

  @Operation(summary = "新建班次 Add a shift to a roster (district or town)")
  @PostMapping("/shifts")
  @ResponseStatus(HttpStatus.CREATED)
  ShiftSummary create(@Valid @RequestBody SaveShift command) {
    return roster.create(command);
  }

  @Operation(summary = "修改班次 Change a shift (send the version read)")
  @PutMapping("/shifts/{id}")
  ShiftSummary update(@PathVariable long id, @Valid @RequestBody SaveShift command) {
    return roster.update(id, command);
  }

  @Operation(summary = "删除班次 Delete a shift")
  @DeleteMapping("/shifts/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    roster.delete(id);
  }
}
