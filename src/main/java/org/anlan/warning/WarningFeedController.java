package org.anlan.warning;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Public, no login: an Atom feed of our active warnings (issued or updated, not expired), each entry
 * linking to its CAP message at /feeds/warnings/{id}/cap (public too, for warnings we issued).
 */
@RestController
class WarningFeedController {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final CapExchange cap;
  private final WarningProperties properties;

  WarningFeedController(CapExchange cap, WarningProperties properties) {
    this.cap = cap;
    this.properties = properties;
  }

  @Operation(summary = "公开预警 Atom 订阅 Atom feed of active public warnings (no login)")
  @GetMapping("/feeds/warnings.atom")
  ResponseEntity<String> feed(HttpServletRequest request) throws XMLStreamException {
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    List<Warning> active = cap.active();
    StringWriter out = new StringWriter();
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    text(x, "id", "urn:anlan:warnings:" + properties.senderCode());
    text(x, "title", properties.senderName() + " 生效预警");
    text(x, "updated", CapTime.format(active.stream().map(w -> w.capSent).max(Instant::compareTo).orElse(Instant.EPOCH)));
    link(x, "self", "application/atom+xml", base + "/feeds/warnings.atom");
    x.writeStartElement("author");
    text(x, "name", properties.senderName());
    x.writeEndElement();
    for (Warning w : active) {
      x.writeStartElement("entry");
      text(x, "id", "urn:anlan:warning:" + w.capIdentifier);
      text(x, "title", w.title);
      text(x, "updated", CapTime.format(w.capSent));
      text(x, "summary", w.type.label() + (w.level == null ? "" : w.level.label()) + "预警" + (w.body == null ? "" : "：" + w.body));
      link(x, "alternate", "application/cap+xml", base + "/feeds/warnings/" + w.id + "/cap");
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(out.toString());
  }

  @Operation(summary = "公开 CAP 报文 CAP message of a warning we issued (no login)")
  @GetMapping("/feeds/warnings/{id}/cap")
  ResponseEntity<String> publicCap(@PathVariable long id) {
    return ResponseEntity.ok().contentType(WarningController.CAP_XML).body(cap.publicCap(id));
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }
}
