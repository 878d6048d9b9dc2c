package org.anlan.resources;

import jakarta.validation.Valid;
import java.util.List;
import org.anlan.platform.AuditLog;
import org.anlan.shared.AreaCode;
import org.anlan.shared.ConflictException;
import org.anlan.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 救援队伍: the rescue teams API. Queries take an area and do not check the caller's scope (the caller
 * does); commands check that the current user may change the area (old and new), audit the change
 * ({@value #AUDIT_TYPE}) and keep {@link NearestResources} current.
 */
@Service
@Validated
@Transactional
public class TeamDesk {

  static final String AUDIT_TYPE = "resources.team";

  private final Teams teams;
  private final Siting siting;
  private final NearestResources nearest;
  private final AuditLog audit;

  TeamDesk(Teams teams, Siting siting, NearestResources nearest, AuditLog audit) {
    this.teams = teams;
    this.siting = siting;
    this.nearest = nearest;
    this.audit = audit;
  }

  /** The team, or 404 {@code resources.team-not-found}. */
  @Transactional(readOnly = true)
  public TeamSummary team(long id) {
    return load(id).summary();
  }

  /** Teams whose area lies within {@code within}; {@code type}, {@code status} and {@code skill} narrow it when given. */
  @Transactional(readOnly = true)
  public List<TeamSummary> teams(AreaCode within, TeamType type, TeamStatus status, String skill) {
    return teams.findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(siting.codesWithin(within)).stream()
        .filter(t -> type == null || t.type == type).filter(t -> status == null || t.status == status)
        .filter(t -> skill == null || skill.isBlank() || t.skills().contains(skill.trim()))
        .map(Team::summary).toList();
  }

  public TeamSummary create(@Valid SaveTeam command) {
    check(command);
    Team team = new Team();
    team.apply(command);
    team.version = null;
    requireUniqueName(team);
    return saved(team, "create", null);
  }

  public TeamSummary update(long id, @Valid SaveTeam command) {
    Team team = load(id);
    siting.changeable(team.areaCode);
    check(command);
    TeamSummary before = team.summary();
    team.apply(command);
    requireUniqueName(team);
    return saved(team, "update", before);
  }

  /** 队伍状态切换: standby, deployed or unavailable, with the reason. */
  public TeamSummary changeStatus(long id, @Valid ChangeTeamStatus command) {
    Team team = load(id);
    siting.changeable(team.areaCode);
    TeamSummary before = team.summary();
    team.changeStatus(command.status(), command.reason());
    if (command.version() != null) {
      team.version = command.version();
    }
    return saved(team, "status", before);
  }

  public void delete(long id) {
    Team team = load(id);
    siting.changeable(team.areaCode);
    TeamSummary before = team.summary();
    teams.delete(team);
    audit.record(AUDIT_TYPE, String.valueOf(id), before.areaCode(), "delete", before, null);
    nearest.teamDeleted(id);
  }

  private TeamSummary saved(Team team, String action, TeamSummary before) {
    Team saved = teams.save(team);
    TeamSummary after = saved.summary();
    audit.record(AUDIT_TYPE, String.valueOf(saved.id), after.areaCode(), action, before, after);
    nearest.teamSaved(saved.spot());
    return after;
  }

  Team load(long id) {
    return teams.findById(id).orElseThrow(() -> new NotFoundException("resources.team-not-found", id));
  }

  private void requireUniqueName(Team team) {
    teams.findByNameAndAreaCode(team.name, team.areaCode).filter(other -> !other.id.equals(team.id)).ifPresent(other -> {
      throw new ConflictException("resources.name-taken", team.name, team.areaCode);
    });
  }

  private void check(SaveTeam command) {
    siting.changeable(command.areaCode());
    siting.requireInside(command.lon(), command.lat());
    siting.requirePerson(command.leaderPersonId(), "resources.leader-unknown");
  }
}
