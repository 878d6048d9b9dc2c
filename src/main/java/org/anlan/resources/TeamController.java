package org.anlan.resources;

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

/** 救援队伍 rescue teams, limited to the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {

  private final TeamDesk desk;
  private final Jurisdiction jurisdiction;

  TeamController(TeamDesk desk, Jurisdiction jurisdiction) {
    this.desk = desk;
    this.jurisdiction = jurisdiction;
  }

  @Operation(summary = "救援队伍列表 Teams whose area lies within ?area= (default: the caller's scope), optionally of one type/status/skill")
  @GetMapping
  List<TeamSummary> list(@RequestParam(required = false) String area, @RequestParam(required = false) TeamType type,
      @RequestParam(required = false) TeamStatus status, @RequestParam(required = false) String skill) {
    return desk.teams(jurisdiction.listRoot(area).code(), type, status, skill);
  }

  @Operation(summary = "一支救援队伍 One team with members and equipment")
  @GetMapping("/{id}")
  TeamSummary one(@PathVariable long id) {
    TeamSummary team = desk.team(id);
    jurisdiction.requireVisible(AreaCode.of(team.areaCode()));
    return team;
  }

  @Operation(summary = "新建救援队伍 Create a team (members and equipment included)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TeamSummary create(@Valid @RequestBody SaveTeam command) {
    return desk.create(command);
  }

  @Operation(summary = "修改救援队伍 Change a team; members and equipment are replaced (send the version read)")
  @PutMapping("/{id}")
  TeamSummary update(@PathVariable long id, @Valid @RequestBody SaveTeam command) {
    return desk.update(id, command);
  }

  @Operation(summary = "队伍状态切换 Switch a team to STANDBY, DEPLOYED or UNAVAILABLE (reason required unless STANDBY)")
  @PostMapping("/{id}/status")
  TeamSummary status(@PathVariable long id, @Valid @RequestBody ChangeTeamStatus command) {
    return desk.changeStatus(id, command);
  }

  @Operation(summary = "删除救援队伍 Delete a team")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    desk.delete(id);
  }
}
