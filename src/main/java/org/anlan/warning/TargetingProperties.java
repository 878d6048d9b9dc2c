package org.anlan.warning;

import java.util.List;
import org.anlan.directory.ResponsibilityRole;
import org.anlan.directory.TargetType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.warning.targeting}: which directory roles ({@link ResponsibilityRole} codes)
 * receive a warning at each level of the target areas (see docs/warning.md "Targeting").
 *
 * @param districtRoles asked at the district, for every warning (default 区分管领导 and 成员单位值班联系人: the
 *     duty contacts of the district's committee member units and departments)
 * @param townRoles asked at each target town, and at the town of each target village (default 镇街分管领导,
 *     镇街应急办负责人)
 * @param villageRoles asked at each target village and each village of a target town (default 村社书记,
 *     村社主任, 网格员)
 * @param zoneRoles the 六落实 roles asked of each danger zone inside the targets (default 包保责任人)
 * @param helpers whether the one-to-one helpers (一对一帮扶人) of vulnerable people in those zones receive it
 */
@ConfigurationProperties("anlan.warning.targeting")
public record TargetingProperties(
    @DefaultValue({"DISTRICT_LEADER", "UNIT_DUTY_CONTACT"}) List<ResponsibilityRole> districtRoles,
    @DefaultValue({"TOWN_LEADER", "TOWN_EMERGENCY_OFFICER"}) List<ResponsibilityRole> townRoles,
    @DefaultValue({"VILLAGE_SECRETARY", "VILLAGE_HEAD", "GRID_WORKER"}) List<ResponsibilityRole> villageRoles,
    @DefaultValue("ZONE_GUARANTOR") List<ResponsibilityRole> zoneRoles,
    @DefaultValue("true") boolean helpers) {

  public TargetingProperties {
    for (List<ResponsibilityRole> roles : List.of(districtRoles, townRoles, villageRoles)) {
      roles.stream().filter(r -> r.target() != TargetType.AREA).findFirst().ifPresent(r -> {
        throw new IllegalArgumentException("anlan.warning.targeting: " + r + " is not an area role");
      });
    }
    zoneRoles.stream().filter(r -> r.target() != TargetType.DANGER_ZONE).findFirst().ifPresent(r -> {
      throw new IllegalArgumentException("anlan.warning.targeting.zone-roles: " + r + " is not a danger-zone role");
    });
    districtRoles = List.copyOf(districtRoles);
    townRoles = List.copyOf(townRoles);
    villageRoles = List.copyOf(villageRoles);
    zoneRoles = List.copyOf(zoneRoles);
  }

  static TargetingProperties defaults() {
    return new TargetingProperties(List.of(ResponsibilityRole.DISTRICT_LEADER, ResponsibilityRole.UNIT_DUTY_CONTACT),
        List.of(ResponsibilityRole.TOWN_LEADER, ResponsibilityRole.TOWN_EMERGENCY_OFFICER),
        List.of(ResponsibilityRole.VILLAGE_SECRETARY, ResponsibilityRole.VILLAGE_HEAD, ResponsibilityRole.GRID_WORKER),
        List.of(ResponsibilityRole.ZONE_GUARANTOR), true);
  }
}
