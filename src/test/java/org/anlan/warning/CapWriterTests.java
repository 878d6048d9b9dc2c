package org.anlan.warning;

import static org.anlan.warning.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every kind of warning, in every lifecycle state, written as CAP and validated against CAP-v1.2.xsd. */
class CapWriterTests {

  static final List<List<Double>> POLYGON = List.of(List.of(105.70, 30.20), List.of(105.80, 30.20), List.of(105.80, 30.30));
  final CapSchema schema = new CapSchema();
  final CapMapping mapping = new CapMapping(Fixtures.properties());
  final CapWriter writer = new CapWriter(mapping, Fixtures.areas(), Fixtures.properties());

  static Map<String, Consumer<Warning>> states() {
    Map<String, Consumer<Warning>> states = new java.util.LinkedHashMap<>();
    states.put("DRAFT", w -> { });
    states.put("AWAITING_APPROVAL", w -> w.submit("duty", T0));
    states.put("ISSUED", w -> { w.submit("duty", T0); w.issue("admin", Fixtures.stamp(T0), T0); });
    states.put("UPDATED", w -> { w.submit("duty", T0); w.issue("admin", Fixtures.stamp(T0), T0);
      w.update(Fixtures.save(WarningLevel.RED), "leader", Fixtures.stamp(T0.plusSeconds(60)), T0.plusSeconds(60)); });
    states.put("LIFTED", w -> { w.submit("duty", T0); w.issue("admin", Fixtures.stamp(T0), T0);
      w.lift("险情解除", "admin", Fixtures.stamp(T0.plusSeconds(90)), T0.plusSeconds(90)); });
    return states;
  }

  Element parse(String xml) {
    CapSchema.Checked checked = schema.check(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(checked.malformed()).isEmpty();
    assertThat(checked.invalid()).as(xml).isEmpty();
    return checked.document().getDocumentElement();
  }

  static String text(Element e, String path) {
    Element at = e;
    for (String name : path.split("/")) {
      at = CapReader.children(at, name).get(0);
    }
    return at.getTextContent();
  }

  @Test
  void every_type_level_and_lifecycle_state_validates_against_the_schema() {
    int written = 0;
    for (WarningType type : WarningType.values()) {
      for (WarningLevel level : WarningLevel.values()) {
        for (var state : states().entrySet()) {
          for (boolean drawn : List.of(false, true)) {
            Warning w = Fixtures.draft(Fixtures.save(type, level, EnumSet.allOf(Measure.class), drawn ? POLYGON : List.of()));
            state.getValue().accept(w);
            if (drawn) {
              w.titleEn = "Rainstorm warning";
              w.bodyEn = "Heavy rain expected.";
            }
            Element alert = parse(writer.write(w, T0.plusSeconds(120)));
            assertThat(CapReader.children(alert, "info")).hasSize(drawn ? 2 : 1);
            written++;
          }
        }
      }
    }
    assertThat(written).isEqualTo(WarningType.values().length * 4 * 5 * 2);
  }

  @Test
  void status_and_msg_type_follow_the_lifecycle() {
    List<String> seen = new ArrayList<>();
    for (var state : states().entrySet()) {
      Warning w = Fixtures.draft(Fixtures.save(WarningLevel.ORANGE));
      state.getValue().accept(w);
      Element alert = parse(writer.write(w, T0.plusSeconds(120)));
      seen.add(state.getKey() + ":" + text(alert, "status") + "/" + text(alert, "msgType")
          + (CapReader.children(alert, "references").isEmpty() ? "" : "+refs"));
    }
    assertThat(seen).containsExactly("DRAFT:Draft/Alert", "AWAITING_APPROVAL:Draft/Alert", "ISSUED:Actual/Alert",
        "UPDATED:Actual/Update+refs", "LIFTED:Actual/Cancel+refs");
  }

  @Test
  void an_expired_warning_keeps_its_last_message() {
    Warning w = Fixtures.draft(Fixtures.save(WarningLevel.BLUE));
    states().get("ISSUED").accept(w);
    Element alert = parse(writer.write(w, w.expires.plusSeconds(3600)));
    assertThat(text(alert, "msgType")).isEqualTo("Alert");
    assertThat(text(alert, "identifier")).isEqualTo("50015200000000_20250701080000_7").hasSize(31);
    assertThat(text(alert, "sent")).isEqualTo("2025-07-01T08:00:00+08:00");
    assertThat(text(alert, "info/expires")).isEqualTo("2025-07-01T14:00:00+08:00");
  }

  @Test
  void levels_map_to_severity_urgency_and_certainty() {
    assertThat(List.of(WarningLevel.values()).stream().map(mapping::severity))
        .containsExactly("Minor", "Moderate", "Severe", "Extreme");
    assertThat(mapping.urgency(WarningLevel.RED)).isEqualTo("Immediate");
    assertThat(mapping.certainty(WarningLevel.RED)).isEqualTo("Observed");
    assertThat(mapping.severity(null)).isEqualTo("Unknown");
    assertThat(mapping.levelOf("Extreme")).isEqualTo(WarningLevel.RED);
    assertThat(mapping.levelOf("Unknown")).isNull();
    Warning red = Fixtures.draft(Fixtures.save(WarningLevel.RED));
    Element alert = parse(writer.write(red, T0));
    assertThat(text(alert, "info/severity")).isEqualTo("Extreme");
    assertThat(text(alert, "info/urgency")).isEqualTo("Immediate");
  }

  @Test
  void the_mapping_is_configurable() {
    var cap = new WarningProperties.Cap(List.of("Minor", "Minor", "Moderate", "Severe"), List.of("Future", "Future", "Expected", "Expected"),
        List.of("Possible", "Possible", "Likely", "Likely"), "GB/T 2260");
    CapMapping custom = new CapMapping(new WarningProperties("50015200000000", "x", Map.of(), cap));
    assertThat(custom.severity(WarningLevel.RED)).isEqualTo("Severe");
    assertThat(custom.certainty(WarningLevel.BLUE)).isEqualTo("Possible");
  }

  @Test
  void areas_are_written_as_polygon_and_as_geocodes_with_the_statistical_code() {
    Warning town = Fixtures.draft(Fixtures.save(WarningLevel.YELLOW));
    Element area = CapReader.children(CapReader.children(parse(writer.write(town, T0)), "info").get(0), "area").get(0);
    assertThat(text(area, "areaDesc")).isEqualTo("双江镇");
    assertThat(text(area, "geocode/valueName")).isEqualTo("行政区划代码");
    assertThat(text(area, "geocode/value")).isEqualTo(Fixtures.SHUANGJIANG);
    assertThat(CapReader.children(area, "polygon")).isEmpty();

    Warning drawn = Fixtures.draft(Fixtures.save(WarningType.FLASH_FLOOD, WarningLevel.RED, Set.of(), POLYGON));
    Element drawnArea = CapReader.children(CapReader.children(parse(writer.write(drawn, T0)), "info").get(0), "area").get(0);
    assertThat(text(drawnArea, "polygon")).isEqualTo("30.2,105.7 30.2,105.8 30.3,105.8 30.2,105.7");
    assertThat(text(drawnArea, "geocode/value")).isEqualTo("500152000000");
  }

  @Test
  void measures_become_response_types_and_instructions_and_a_lift_says_all_clear() {
    Warning w = Fixtures.draft(Fixtures.save(WarningType.GEOLOGICAL, WarningLevel.ORANGE, EnumSet.of(Measure.EVACUATE, Measure.BAN), List.of()));
    Element info = CapReader.children(parse(writer.write(w, T0)), "info").get(0);
    assertThat(CapReader.children(info, "responseType").stream().map(Element::getTextContent)).containsExactly("Avoid", "Evacuate");
    assertThat(text(info, "instruction")).startsWith("禁：").contains("撤：").endsWith("请注意防范。");
    states().get("LIFTED").accept(w = Fixtures.draft(Fixtures.save(WarningLevel.ORANGE)));
    Element lifted = parse(writer.write(w, T0.plusSeconds(100)));
    assertThat(text(lifted, "info/responseType")).isEqualTo("AllClear");
    assertThat(text(lifted, "note")).isEqualTo("险情解除");
    assertThat(text(lifted, "info/headline")).startsWith("解除：");
  }
}
