package org.anlan.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns a schema-valid CAP 1.2 alert into an EXTERNAL warning: the zh info block if there is one, else the
 * first; severity back to a level; geocodes named as ours ({@code anlan.warning.cap.geocode-name}) that name a
 * known area become target areas; the first polygon is kept. Text longer than our columns is shortened.
 */
@Component
class CapReader {

  private final CapMapping mapping;
  private final AreaCatalogue areas;
  private final WarningProperties properties;

  CapReader(CapMapping mapping, AreaCatalogue areas, WarningProperties properties) {
    this.mapping = mapping;
    this.areas = areas;
    this.properties = properties;
  }

  Warning read(Document doc, String xml, String by, Instant now) {
    Element alert = doc.getDocumentElement();
    Warning w = new Warning();
    w.status = WarningStatus.EXTERNAL;
    w.source = WarningSource.CAP;
    w.sourceRef = text(alert, "sender");
    w.capIdentifier = text(alert, "identifier");
    w.capSent = CapTime.parse(text(alert, "sent"));
    w.capReferences = text(alert, "references");
    w.externalKey = cut(w.sourceRef + "," + w.capIdentifier, 600);
    w.capXml = xml;
    w.createdBy = by;
    w.createdAt = now;
    w.type = WarningType.OTHER;
    w.title = cut(w.capIdentifier, 200);
    chosenInfo(alert).ifPresent(info -> fill(w, info));
    return w;
  }

  private void fill(Warning w, Element info) {
    String category = text(info, "category");
    w.type = "Met".equals(category) ? WarningType.WEATHER : WarningType.OTHER;
    for (Element code : children(info, "eventCode")) {
      for (WarningType type : WarningType.values()) {
        if (type.eventCode() != null && type.eventCode().equals(text(code, "value"))) {
          w.type = type;
        }
      }
    }
    w.level = mapping.levelOf(text(info, "severity"));
    String headline = text(info, "headline");
    w.title = cut(headline != null ? headline : text(info, "event"), 200);
    w.body = cut(text(info, "description"), 4000);
    w.instructions = cut(text(info, "instruction"), 2000);
    w.effective = time(info, "effective");
    w.expires = time(info, "expires");
    List<String> codes = new ArrayList<>();
    for (Element area : children(info, "area")) {
      for (Element geocode : children(area, "geocode")) {
        String value = text(geocode, "value");
        if (properties.cap().geocodeName().equals(text(geocode, "valueName")) && value != null
            && AreaCode.isValid(value) && areas.find(AreaCode.of(value)).isPresent() && !codes.contains(value)) {
          codes.add(value);
        }
      }
      String polygon = text(area, "polygon");
      if (w.polygon == null && polygon != null && polygon.length() <= 8000 && parses(polygon)) {
        w.polygon = polygon.trim().replaceAll("\\s+", " ");
      }
    }
    w.areaCodes = String.join(",", codes);
  }

  private static Optional<Element> chosenInfo(Element alert) {
    List<Element> infos = children(alert, "info");
    return infos.stream().filter(i -> String.valueOf(text(i, "language")).toLowerCase().startsWith("zh")).findFirst()
        .or(() -> infos.stream().findFirst());
  }

  private static boolean parses(String polygon) {
    try {
      return CapPolygon.toLonLat(polygon).size() >= 4;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Instant time(Element parent, String name) {
    String t = text(parent, name);
    return t == null ? null : CapTime.parse(t);
  }

  private static String cut(String s, int max) {
    return s == null ? null : s.strip().length() <= max ? s.strip() : s.strip().substring(0, max - 1) + "…";
  }

  static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && CapSchema.NS_12.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }
}
