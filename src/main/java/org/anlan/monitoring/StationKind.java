package org.anlan.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anlan.shared.RuleViolatedException;

/**
 * 监测站类型, with the sensors a new station of the kind gets unless others are given. Written as the
 * lower-case code ({@code rain}, {@code level} …), which is also the kind of its main sensor.
 */
public enum StationKind {
  RAIN("rain", "雨量站", new SensorSpec("rain", "rain", "mm")),
  LEVEL("level", "水位站", new SensorSpec("level", "level", "m")),
  DISPLACEMENT("displacement", "位移监测", new SensorSpec("displacement", "displacement", "mm")),
  CRACK("crack", "裂缝计", new SensorSpec("crack", "crack", "mm")),
  GAS("gas", "气体检测", new SensorSpec("gas", "gas", "%LEL")),
  CLIMATE("climate", "温湿度", new SensorSpec("temperature", "temperature", "℃"), new SensorSpec("humidity", "humidity", "%")),
  WIND("wind", "风速风向", new SensorSpec("wind", "wind", "m/s")),
  VIDEO("video", "视频AI", new SensorSpec("event", "event", "次"));

  private final String code;
  private final String label;
  private final List<SensorSpec> sensors;

  StationKind(String code, String label, SensorSpec... sensors) {
    this.code = code;
    this.label = label;
    this.sensors = List.of(sensors);
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The sensors a station of this kind has by default. */
  public List<SensorSpec> defaultSensors() {
    return sensors;
  }

  /** By code ({@code rain}) or name ({@code RAIN}); 422 {@code monitoring.station-kind-unknown} otherwise. */
  @JsonCreator
  public static StationKind of(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(v) || k.label.equals(value == null ? "" : value.trim())).findFirst()
        .orElseThrow(() -> new RuleViolatedException("monitoring.station-kind-unknown", value));
  }
}
