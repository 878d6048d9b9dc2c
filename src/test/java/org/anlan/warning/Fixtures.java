package org.anlan.warning;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anlan.area.Area;
import org.anlan.area.AreaCatalogue;
import org.anlan.area.AreaLevel;
import org.anlan.area.LocationSource;
import org.anlan.shared.AreaCode;

/** Warnings, settings and a two-area catalogue for the unit tests. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2025-07-01T00:00:00Z");
  static final String SHUANGJIANG = "500152110000";

  private Fixtures() {}

  static WarningProperties properties() {
    return new WarningProperties("50015200000000", "重庆市潼南区应急管理局", Map.of(),
        new WarningProperties.Cap(List.of("Minor", "Moderate", "Severe", "Extreme"),
            List.of("Future", "Expected", "Expected", "Immediate"), List.of("Likely", "Likely", "Likely", "Observed"),
            "行政区划代码"));
  }

  static AreaCatalogue areas() {
    AreaCatalogue areas = mock(AreaCatalogue.class);
    Area district = new Area(AreaCode.of("500152000000"), "潼南区", AreaLevel.DISTRICT, null, null, LocationSource.SCHEMATIC);
    Area town = new Area(AreaCode.of(SHUANGJIANG), "双江镇", AreaLevel.TOWN, district.code(), null, LocationSource.SCHEMATIC);
    when(areas.root()).thenReturn(district);
    when(areas.find(district.code())).thenReturn(Optional.of(district));
    when(areas.find(town.code())).thenReturn(Optional.of(town));
    return areas;
  }

  static SaveWarning save(WarningType type, WarningLevel level, Set<Measure> measures, List<List<Double>> polygon) {
    return new SaveWarning(type, level, "双江镇暴雨预警", "未来 3 小时降雨量将达 50 毫米以上。", "请注意防范。", measures,
        polygon.isEmpty() ? List.of(SHUANGJIANG) : List.of(), polygon, T0, T0.plusSeconds(6 * 3600),
        null, null, null, null);
  }

  static SaveWarning save(WarningLevel level) {
    return save(WarningType.RAINSTORM, level, Set.of(Measure.EVACUATE), List.of());
  }

  static Warning draft(SaveWarning command) {
    Warning w = Warning.draft(command, WarningSource.MANUAL, null, "duty", T0);
    w.id = 7L;
    return w;
  }

  static Warning.CapStamp stamp(Instant sent) {
    return new Warning.CapStamp("50015200000000", "50015200000000_" + CapTime.basic(sent) + "_7", sent);
  }
}
