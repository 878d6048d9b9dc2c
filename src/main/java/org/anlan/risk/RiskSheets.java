package org.anlan.risk;

import java.util.List;
import java.util.Map;

/** The columns of the 企业, 承灾体 and 隐患点 sheets and the Chinese names accepted for coded values. */
final class RiskSheets {

  static final String ENTERPRISES = "企业";
  static final List<String> ENTERPRISE_COLUMNS = List.of("企业名称", "统一社会信用代码", "行业", "地址", "经度", "纬度",
      "区划代码", "区划名称", "安全负责人编号", "法定代表人", "从业人数", "状态");
  static final String BODIES = "承灾体";
  static final List<String> BODY_COLUMNS = List.of("名称", "类型", "经度", "纬度", "区划代码", "区划名称", "人数",
      "责任人编号", "备注");

  static final String ZONES = "隐患点";
  /** A zone is a point (经度, 纬度) or a polygon (范围WKT, WGS-84 lon/lat); one of the two. */
  static final List<String> ZONE_COLUMNS = List.of("编号", "名称", "类型", "经度", "纬度", "范围WKT", "区划代码", "区划名称",
      "财产损失万元", "状态", "备注");

  static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("HAZARDOUS_CHEMICALS", "危险化学品"), Map.entry("NON_COAL_MINE", "非煤矿山"),
      Map.entry("INDUSTRY_TRADE", "工贸"), Map.entry("OIL_GAS", "油气"), Map.entry("CONSTRUCTION", "建设施工"),
      Map.entry("FIREWORKS", "烟花爆竹"), Map.entry("OTHER", "其他"),
      Map.entry("OPERATING", "在营"), Map.entry("SUSPENDED", "停产"), Map.entry("CLOSED", "关闭"),
      Map.entry("SCHOOL", "学校"), Map.entry("HOSPITAL", "医院"), Map.entry("NURSING_HOME", "养老院"),
      Map.entry("RESERVOIR", "水库"), Map.entry("BRIDGE", "桥梁"), Map.entry("MARKET", "集贸市场"),
      Map.entry("STATION", "车站"),
      Map.entry("GEO_HAZARD_POINT", "地灾隐患点"), Map.entry("LANDSLIDE", "滑坡"), Map.entry("COLLAPSE", "崩塌"),
      Map.entry("DEBRIS_FLOW", "泥石流"), Map.entry("FLASH_FLOOD_ZONE", "山洪危险区"), Map.entry("WATERLOGGING", "内涝点"),
      Map.entry("ACTIVE", "在册"), Map.entry("UNDER_TREATMENT", "治理中"));

  private RiskSheets() {}

  /** The Chinese name of a code, as written on export. */
  static String name(Enum<?> value) {
    return value == null ? "" : NAMES.getOrDefault(value.name(), value.name());
  }

  /** The constant whose code or Chinese name is {@code text}, or null. */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(text) || name(value).equals(text)) {
        return value;
      }
    }
    return null;
  }
}
