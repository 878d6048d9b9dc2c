package org.anlan.risk;

/** 隐患类型: the kind of a danger zone, with its Chinese name. */
public enum ZoneKind {
  GEO_HAZARD_POINT("地灾隐患点"),
  LANDSLIDE("滑坡"),
  COLLAPSE("崩塌"),
  DEBRIS_FLOW("泥石流"),
  FLASH_FLOOD_ZONE("山洪危险区"),
  WATERLOGGING("内涝点"),
  OTHER("其他");

  private final String zh;

  ZoneKind(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }
}
