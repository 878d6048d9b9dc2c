package org.anlan.warning;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.anlan.area.AreaCatalogue;
import org.anlan.shared.AreaCode;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes one of our warnings as a CAP 1.2 alert: status and msgType from the lifecycle, severity, urgency
 * and certainty from the level ({@link CapMapping}), one zh-CN info block plus an en-US one when an English
 * title is given, and one area with the polygon and a geocode per target area code.
 */
@Component
class CapWriter {

  private final CapMapping mapping;
  private final AreaCatalogue areas;
  private final WarningProperties properties;

  CapWriter(CapMapping mapping, AreaCatalogue areas, WarningProperties properties) {
    this.mapping = mapping;
    this.areas = areas;
    this.properties = properties;
  }

  String write(Warning w, Instant now) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element alert = doc.createElementNS(CapSchema.NS_12, "alert");
      doc.appendChild(alert);
      WarningStatus status = w.statusAt(now);
      // never issued: a document of status Draft (a discarded one too: what it was when it was put aside)
      boolean draft = status == WarningStatus.DRAFT || status == WarningStatus.AWAITING_APPROVAL || status == WarningStatus.DISCARDED;
      String msgType = mapping.msgType(w);
      add(alert, "identifier", draft ? properties.senderCode() + "_DRAFT_" + w.id : w.capIdentifier);
      add(alert, "sender", properties.senderCode());
      add(alert, "sent", CapTime.format(draft ? now : w.capSent));
      add(alert, "status", draft ? "Draft" : "Actual");
      add(alert, "msgType", msgType);
      add(alert, "scope", "Public");
      if (w.liftReason != null && "Cancel".equals(msgType)) {
        add(alert, "note", w.liftReason);
      }
      if (!draft && w.capReferences != null) {
        add(alert, "references", w.capReferences);
      }
      info(alert, w, msgType, false);
      if (w.titleEn != null) {
        info(alert, w, msgType, true);
      }
      return serialise(doc);
    } catch (Exception e) {
      throw new IllegalStateException("CAP writing failed for warning " + w.id, e);
    }
  }

  private void info(Element alert, Warning w, String msgType, boolean english) {
    Element info = add(alert, "info", null);
    add(info, "language", english ? "en-US" : "zh-CN");
    add(info, "category", w.type.capCategory());
    add(info, "event", english ? w.type.english() : w.type.label());
    Set<Measure> measures = w.measureSet();
    if ("Cancel".equals(msgType)) {
      add(info, "responseType", "AllClear");
    } else {
      measures.stream().map(Measure::capResponse).distinct().forEach(r -> add(info, "responseType", r));
    }
    add(info, "urgency", mapping.urgency(w.level));
    add(info, "severity", mapping.severity(w.level));
    add(info, "certainty", mapping.certainty(w.level));
    if (w.type.eventCode() != null) {
      code(info, "eventCode", "CN-EventType", w.type.eventCode());
    }
    if (w.effective != null) {
      add(info, "effective", CapTime.format(w.effective));
    }
    if (w.expires != null) {
      add(info, "expires", CapTime.format(w.expires));
    }
    add(info, "senderName", properties.senderName());
    String title = english ? w.titleEn : w.title;
    add(info, "headline", "Cancel".equals(msgType) ? (english ? "Lifted: " : "解除：") + title : title);
    String body = english ? w.bodyEn : w.body;
    if (body != null) {
      add(info, "description", body);
    }
    String instruction = instruction(measures, english ? w.instructionsEn : w.instructions, english);
    if (!instruction.isEmpty()) {
      add(info, "instruction", instruction);
    }
    if (w.level != null) {
      code(info, "parameter", english ? "warningLevel" : "预警级别", english ? w.level.name() : w.level.label());
    }
    area(info, w);
  }

  private static String instruction(Set<Measure> measures, String free, boolean english) {
    String listed = measures.stream().map(m -> english ? m.english() : m.label() + "：" + m.english())
        .collect(Collectors.joining(english ? "; " : "；"));
    return List.of(listed, free == null ? "" : free).stream().filter(s -> !s.isBlank())
        .collect(Collectors.joining(english ? ". " : "。"));
  }

  private void area(Element info, Warning w) {
    List<String> codes = w.areaCodeList().isEmpty() ? List.of(areas.root().code().value()) : w.areaCodeList();
    Element area = add(info, "area", null);
    add(area, "areaDesc", codes.stream()
        .map(c -> areas.find(AreaCode.of(c)).map(a -> a.shortName()).orElse(c)).collect(Collectors.joining("、")));
    if (w.polygon != null) {
      add(area, "polygon", w.polygon);
    }
    codes.forEach(c -> code(area, "geocode", properties.cap().geocodeName(), c));
  }

  private static void code(Element parent, String name, String valueName, String value) {
    Element pair = add(parent, name, null);
    add(pair, "valueName", valueName);
    add(pair, "value", value);
  }

  private static Element add(Element parent, String name, String text) {
    Element e = parent.getOwnerDocument().createElementNS(CapSchema.NS_12, name);
    if (text != null) {
      e.setTextContent(text);
    }
    parent.appendChild(e);
    return e;
  }

  private static String serialise(Document doc) throws Exception {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Transformer t = factory.newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    StringWriter out = new StringWriter();
    t.transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }
}
