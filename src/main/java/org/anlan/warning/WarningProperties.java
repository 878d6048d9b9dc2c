package org.anlan.warning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.platform.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.warning}.
 *
 * @param senderCode the 14-digit 发布单位代码 of GB/T 35965.1 (6-digit 行政区划代码 + 3-digit GB/T 4657
 *     机构行业编码 + 000 + 00); also the CAP {@code sender}
 * @param senderName the issuing body, CAP {@code senderName}
 * @param approval level → the roles that may approve (issue), update and lift a warning of that level,
 *     e.g. {@code anlan.warning.approval.RED=LEADER}; levels not given keep the defaults below
 * @param cap the level → CAP severity/urgency/certainty mapping and the geocode name
 */
@ConfigurationProperties("anlan.warning")
public record WarningProperties(
    @DefaultValue("50015200000000") String senderCode,
    @DefaultValue("重庆市潼南区应急管理局") String senderName,
    Map<WarningLevel, Set<Role>> approval,
    @DefaultValue Cap cap) {

  static final Map<WarningLevel, Set<Role>> DEFAULT_APPROVAL = Map.of(
      WarningLevel.BLUE, Set.of(Role.DUTY_OFFICER, Role.DISTRICT_ADMIN, Role.LEADER),
      WarningLevel.YELLOW, Set.of(Role.DUTY_OFFICER, Role.DISTRICT_ADMIN, Role.LEADER),
      WarningLevel.ORANGE, Set.of(Role.DISTRICT_ADMIN, Role.LEADER),
      WarningLevel.RED, Set.of(Role.LEADER));

  public WarningProperties {
    Map<WarningLevel, Set<Role>> merged = new EnumMap<>(DEFAULT_APPROVAL);
    if (approval != null) {
      merged.putAll(approval);
    }
    approval = Map.copyOf(merged);
  }

  /**
   * The CAP values per level, from blue to red (four entries each).
   *
   * @param severity default Minor, Moderate, Severe, Extreme (a common convention, not standardised)
   * @param urgency default Future, Expected, Expected, Immediate
   * @param certainty default Likely, Likely, Likely, Observed
   * @param geocodeName the CAP geocode valueName for our 12-digit area codes
   */
  public record Cap(
      @DefaultValue({"Minor", "Moderate", "Severe", "Extreme"}) List<String> severity,
      @DefaultValue({"Future", "Expected", "Expected", "Immediate"}) List<String> urgency,
      @DefaultValue({"Likely", "Likely", "Likely", "Observed"}) List<String> certainty,
      @DefaultValue("行政区划代码") String geocodeName) {

    public Cap {
      for (List<String> values : List.of(severity, urgency, certainty)) {
        if (values.size() != WarningLevel.values().length) {
          throw new IllegalArgumentException("anlan.warning.cap: four values (blue to red) expected, got " + values);
        }
      }
    }
  }
}
