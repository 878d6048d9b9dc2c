package org.anlan.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.anlan.area.Jurisdiction;
import org.anlan.shared.AreaCode;
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

/** 监测站 stations, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/stations")
class StationController {

  private final StationDesk desk;
  private final Jurisdiction jurisdiction;

  StationController(StationDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "监测站列表 Stations whose area lies within ?area= (default: the caller's scope), optionally of one ?kind= (rain, level …)")
  @GetMapping
  List<StationSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) String kind) {
    return desk.stations(jurisdiction.listRoot(area).code(), kind == null || kind.isBlank() ? null : StationKind.of(kind));
  }

  @Operation(summary = "一个监测站 One station with its sensors and current level")
  @GetMapping("/{code}")
  StationSummary one(@PathVariable String code) {
    StationSummary station = desk.station(code);
    jurisdiction.requireVisible(AreaCode.of(station.areaCode()));
    return station;
  }

  @Operation(summary = "新建监测站 Create a station; the answer carries its ingest token (shown once)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  StationDesk.Issued create(@Valid @RequestBody SaveStation command) {
    return desk.create(command);
  }

  @Operation(summary = "修改监测站 Change a station (send the version read); sensors are matched by code")
  @PutMapping("/{code}")
  StationSummary update(@PathVariable String code, @Valid @RequestBody SaveStation command) {
    return desk.update(code, command);
  }

  @Operation(summary = "重置接入凭据 Issue a new ingest token for the station (the old one stops working)")
  @PostMapping("/{code}/token")
  StationDesk.Issued token(@PathVariable String code) {
    return desk.rotateToken(code);
  }

  @Operation(summary = "删除监测站 Delete a station (its readings stay in the store)")
  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String code) {
    desk.delete(code);
  }
}
