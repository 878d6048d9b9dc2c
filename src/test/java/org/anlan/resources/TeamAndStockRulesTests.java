package org.anlan.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.shared.GeoPoint;
import org.anlan.shared.RuleViolatedException;
import org.junit.jupiter.api.Test;

/** Plain rules of teams and stock: status reasons, skills, and what "available" means for the index. */
class TeamAndStockRulesTests {

  static final GeoPoint AT = new GeoPoint(105.74, 30.22);

  @Test
  void a_deployed_or_unavailable_team_needs_a_reason_and_standby_forgets_it() {
    Team team = new Team();
    assertThatThrownBy(() -> team.changeStatus(TeamStatus.DEPLOYED, "  ")).isInstanceOf(RuleViolatedException.class)
        .hasMessageContaining("resources.status-reason-required");
    team.changeStatus(TeamStatus.UNAVAILABLE, " 装备检修 ");
    assertThat(team.statusReason).isEqualTo("装备检修");
    team.changeStatus(TeamStatus.STANDBY, "还在检修");
    assertThat(team.status).isEqualTo(TeamStatus.STANDBY);
    assertThat(team.statusReason).isNull();
  }

  @Test
  void a_team_knows_the_skills_of_all_its_members() {
    Team team = new Team();
    team.id = 1L;
    team.apply(new SaveTeam("甲队", TeamType.SOCIAL, "500152110000", 105.74, 30.22, null, null,
        List.of(new TeamMember("张", null, List.of("水域救援", " 破拆"), null), new TeamMember("李", null, null, null)),
        null, TeamStatus.STANDBY, null, null, null));
    assertThat(team.skills()).containsExactly("水域救援", "破拆");
    assertThat(team.summary().members().get(1).skills()).isEmpty();
  }

  @Test
  void only_a_team_on_standby_with_the_skill_is_available() {
    TeamSpot spot = new TeamSpot(1, "甲队", TeamType.SOCIAL, TeamStatus.STANDBY, 2, Set.of("破拆"), "500152110000", AT);
    assertThat(spot.available(null)).isTrue();
    assertThat(spot.available("破拆")).isTrue();
    assertThat(spot.available("水域救援")).isFalse();
    assertThat(new TeamSpot(1, "甲队", TeamType.SOCIAL, TeamStatus.DEPLOYED, 2, Set.of("破拆"), "500152110000", AT)
        .available("破拆")).isFalse();
  }

  @Test
  void a_warehouse_holds_an_item_when_it_has_at_least_the_quantity_asked_for() {
    WarehouseSpot spot = new WarehouseSpot(1, "仓", WarehouseLevel.TOWN, Map.of("TENT", 3L), "500152110000", AT);
    assertThat(spot.holds("TENT", 3)).isTrue();
    assertThat(spot.holds("TENT", 4)).isFalse();
    assertThat(spot.holds("QUILT", 1)).isFalse();
    assertThat(spot.holds(null, 1)).isTrue();
    assertThat(spot.quantity("TENT")).isEqualTo(3);
  }
}
