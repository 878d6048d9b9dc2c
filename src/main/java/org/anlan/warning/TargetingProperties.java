package org.anlan.warning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * @param unitRoles the district roles that stand for a unit (单位) rather than a person in office (default 成员单位值班联系人):
 *     their answers are chosen by the unit's committees, below
 * @param committees per warning type, the committees (议事协调机构: 区减灾委, 区安委会 …, as tagged on the directory's
 *     organisations) whose member units receive it: a unit-role answer is kept when the person's unit belongs to one of
 *     them, or to no committee at all (a unit nobody placed is warned rather than forgotten). A type without an entry
 *     reaches every unit. Unset, the defaults of {@link #DEFAULT_COMMITTEES}; setting any entry replaces them all.
 */
@ConfigurationProperties("anlan.warning.targeting")
public record TargetingProperties(
    @DefaultValue({"DISTRICT_LEADER", "UNIT_DUTY_CONTACT"}) List<ResponsibilityRole> districtRoles,
    @DefaultValue({"TOWN_LEADER", "TOWN_EMERGENCY_OFFICER"}) List<ResponsibilityRole> townRoles,
    @DefaultValue({"VILLAGE_SECRETARY", "VILLAGE_HEAD", "GRID_WORKER"}) List<ResponsibilityRole> villageRoles,
    @DefaultValue("ZONE_GUARANTOR") List<ResponsibilityRole> zoneRoles,
    @DefaultValue("true") boolean helpers,
    @DefaultValue("UNIT_DUTY_CONTACT") List<ResponsibilityRole> unitRoles,
    Map<WarningType, List<String>> committees) {

  /**
   * Our choice, not a rule found in a source: natural hazards (暴雨, 山洪, 地质灾害, 森林火险, 气象) go to the
   * members of the district's disaster-reduction committee (区减灾委), work-safety warnings to those of the
   * work-safety committee (区安委会); 其他 to every unit.
   */
  static final Map<WarningType, List<String>> DEFAULT_COMMITTEES = defaultCommittees();

  private static Map<WarningType, List<String>> defaultCommittees() {
    Map<WarningType, List<String>> m = new EnumMap<>(WarningType.class);
    for (WarningType t : List.of(WarningType.RAINSTORM, WarningType.FLASH_FLOOD, WarningType.GEOLOGICAL, WarningType.FOREST_FIRE,
        WarningType.WEATHER)) {
      m.put(t, List.of("区减灾委"));
    }
    m.put(WarningType.WORK_SAFETY, List.of("区安委会"));
    return Collections.unmodifiableMap(m);
  }

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
    unitRoles = List.copyOf(unitRoles);
    Map<WarningType, List<String>> copy = new EnumMap<>(WarningType.class);
    (committees == null ? DEFAULT_COMMITTEES : committees).forEach((type, tags) -> copy.put(type,
        tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()));
    committees = Collections.unmodifiableMap(copy);
  }

  /** The committees whose member units receive a warning of the type; empty: every unit. */
  List<String> committeesOf(WarningType type) {
    return type == null ? List.of() : committees.getOrDefault(type, List.of());
  }

  static TargetingProperties defaults() {
    return new TargetingProperties(List.of(ResponsibilityRole.DISTRICT_LEADER, ResponsibilityRole.UNIT_DUTY_CONTACT),
        List.of(ResponsibilityRole.TOWN_LEADER, ResponsibilityRole.TOWN_EMERGENCY_OFFICER),
        List.of(ResponsibilityRole.VILLAGE_SECRETARY, ResponsibilityRole.VILLAGE_HEAD, ResponsibilityRole.GRID_WORKER),
        List.of(ResponsibilityRole.ZONE_GUARANTOR), true, List.of(ResponsibilityRole.UNIT_DUTY_CONTACT), null);
  }
}
