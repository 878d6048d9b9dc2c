package org.anlan.resources;

import org.anlan.platform.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.area.Area;
import org.anlan.area.AreaLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports shelters (sheet 避难场所) all or nothing: every row is checked first; then shelters, keyed
 * by name and area, are created or updated (manager and note kept) through {@link ShelterDesk},
 * audited, and the nearest-available index follows after commit.
 */
@Service
class ShelterImport {

  static final String SHELTERS = "避难场所";
  static final Map<String, List<String>> LAYOUT = Map.of(SHELTERS,
      List.of("名称", "类型", "区域代码", "经度", "纬度", "容纳人数", "已安置人数", "地址", "管理员电话", "设施", "状态"));
  static final Map<ShelterType, String> TYPES = Map.of(ShelterType.EMERGENCY_SHELTER, "应急避难场所",
      ShelterType.TEMPORARY_SHELTER, "临时避灾点", ShelterType.INDOOR_SHELTER, "室内避难场所",
      ShelterType.RESETTLEMENT_SITE, "集中安置点");
  static final Map<ShelterStatus, String> STATUSES = Map.of(ShelterStatus.OPEN, "已启用", ShelterStatus.READY, "待用",
      ShelterStatus.CLOSED, "已关闭", ShelterStatus.UNAVAILABLE, "不可用");
  static final Map<Facility, String> FACILITIES = Map.of(Facility.WATER, "供水", Facility.POWER, "供电",
      Facility.MEDICAL, "医疗", Facility.TOILETS, "厕所", Facility.KITCHEN, "供餐", Facility.BEDDING, "床铺被褥",
      Facility.BROADCAST, "广播", Facility.ACCESSIBLE, "无障碍设施", Facility.LIGHTING, "应急照明");

  private final ShelterDesk desk;
  private final Shelters shelters;
  private final ImportChecks checking;

  ShelterImport(ShelterDesk desk, Shelters shelters, ImportChecks checking) {
    this.desk = desk;
    this.shelters = shelters;
    this.checking = checking;
  }

  @Transactional
  ImportCounts importWorkbook(InputStream in) {
    RowChecks checks = checking.start();
    Map<String, SaveShelter> planned = new LinkedHashMap<>();
    for (Sheets.Line line : checks.read(in, LAYOUT).get(SHELTERS)) {
      String name = checks.required(line, "名称", 100);
      Area area = checks.area(line, "区域代码");
      if (area != null && area.level() == AreaLevel.DISTRICT) {
        checks.add(line, "区域代码", "area-level", area.code().value());
      }
      ShelterType type = checks.choice(line, "类型", ShelterType.class, TYPES);
      ShelterStatus status = checks.choice(line, "状态", ShelterStatus.class, STATUSES);
      Double lon = checks.decimal(line, "经度");
      Double lat = checks.decimal(line, "纬度");
      checks.inside(line, lon, lat);
      Long capacity = checks.whole(line, "容纳人数", 1, true);
      Long occupancy = checks.whole(line, "已安置人数", 0, false);
      if (capacity != null && occupancy != null && occupancy > capacity) {
        checks.add(line, "已安置人数", "over-capacity", occupancy, capacity);
      }
      Set<Facility> facilities = checks.choices(line, "设施", Facility.class, FACILITIES);
      String address = checks.optional(line, "地址", 200);
      String phone = checks.optional(line, "管理员电话", 20);
      String key = name + "|" + line.get("区域代码");
      if (planned.containsKey(key)) {
        checks.add(line, "名称", "duplicate", name);
      }
      if (area != null && capacity != null) {
        planned.put(key, new SaveShelter(name, type, capacity.intValue(), occupancy == null ? null : occupancy.intValue(),
            area.code().value(), lon, lat, address, null, phone, facilities, status, null, null));
      }
    }
    checks.throwIfAny();
    int created = 0;
    int updated = 0;
    for (SaveShelter s : planned.values()) {
      Shelter existing = shelters.findByNameAndAreaCode(s.name(), s.areaCode()).orElse(null);
      if (existing == null) {
        desk.create(s);
        created++;
      } else {
        desk.update(existing.id, new SaveShelter(s.name(), s.type(), s.capacity(), s.occupancy(), s.areaCode(), s.lon(),
            s.lat(), s.address(), existing.managerPersonId, s.managerPhone(), s.facilities(), s.status(), existing.note, null));
        updated++;
      }
    }
    return new ImportCounts(created, updated, 0);
  }

  /** The shelter sheet rows of {@code list}. */
  static Map<String, List<List<String>>> rows(List<ShelterSummary> list) {
    List<List<String>> rows = new ArrayList<>();
    for (ShelterSummary s : list) {
      rows.add(Arrays.asList(s.name(), TYPES.get(s.type()), s.areaCode(), String.valueOf(s.lon()), String.valueOf(s.lat()),
          String.valueOf(s.capacity()), String.valueOf(s.occupancy()), s.address(), s.managerPhone(),
          s.facilities().stream().sorted().map(FACILITIES::get).collect(Collectors.joining("、")), STATUSES.get(s.status())));
    }
    return Map.of(SHELTERS, rows);
  }
}
