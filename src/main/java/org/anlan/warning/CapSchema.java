package org.anlan.warning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OASIS CAP 1.2 schema (src/main/resources/warning/cap/CAP-v1.2.xsd) and a hardened XML parser: no
 * DTDs, no external entities or schemas. {@link #check} reports every problem with its line and column.
 */
@Component
class CapSchema {

  static final String NS_12 = "urn:oasis:names:tc:emergency:cap:1.2";
  static final String NS_11 = "urn:oasis:names:tc:emergency:cap:1.1";

  /** A certainty CAP 1.1 still allowed for CAP 1.0's sake and CAP 1.2 dropped (1.2 §3.2.2: use Likely). */
  private static final java.util.regex.Pattern VERY_LIKELY =
      java.util.regex.Pattern.compile("(<(?:[A-Za-z_][\\w.-]*:)?certainty>)\\s*Very Likely\\s*(</)");

  /**
   * A CAP 1.1 alert read as CAP 1.2: the namespace renamed and the certainty {@code Very Likely} (gone in 1.2) read as
   * {@code Likely}, times in UTC written {@code Z} as {@code +00:00} and fractions of a second dropped (1.2 allows
   * neither) — the text otherwise as sent, so line and column of any schema error still point into it. What 1.2 then
   * still refuses is refused with the 1.2 schema's errors.
   */
  static byte[] upgrade11(byte[] xml) {
    // byte for byte (ISO-8859-1 maps each byte to one char and back): whatever ASCII-compatible encoding it declares
    String text = new String(xml, java.nio.charset.StandardCharsets.ISO_8859_1).replace(NS_11, NS_12);
    text = VERY_LIKELY.matcher(text).replaceAll("$1Likely$2");
    // 1.2's times are exactly YYYY-MM-DDThh:mm:ss±hh:mm; 1.1 senders also wrote UTC as Z and fractions of a second
    return TIME.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) + m.group(2) + ("Z".equals(m.group(4)) ? "+00:00" : m.group(4)) + m.group(5)))
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** A CAP time element: tag, date and time to the second, fraction (dropped), zone (Z or ±hh:mm), closing tag. */
  private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
      "(<(?:[A-Za-z_][\\w.-]*:)?(?:sent|effective|onset|expires)>\\s*)(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?(Z|[-+]\\d\\d:\\d\\d)(\\s*</)");
  private static final int MAX_ERRORS = 50;

  private final Schema schema;

  CapSchema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      schema = factory.newSchema(new StreamSource(CapSchema.class.getResourceAsStream("/warning/cap/CAP-v1.2.xsd")));
    } catch (SAXException e) {
      throw new IllegalStateException("CAP 1.2 schema unreadable", e);
    }
  }

  /** One problem found in a CAP document. */
  record Problem(int line, int column, String message) {}

  /** The outcome of reading a document: the DOM when it is well-formed, and the problems found. */
  record Checked(Document document, List<Problem> malformed, List<Problem> invalid) {}

  /** Parses, then (when well-formed) validates against the schema. */
  Checked check(byte[] xml) {
    List<Problem> malformed = new ArrayList<>();
    Document document;
    try {
      DocumentBuilder builder = parserFactory().newDocumentBuilder();
      builder.setErrorHandler(collector(malformed));
      document = builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      if (malformed.isEmpty()) {
        malformed.add(new Problem(-1, -1, e.getMessage()));
      }
      return new Checked(null, malformed, List.of());
    }
    String ns = document.getDocumentElement().getNamespaceURI();
    if (!NS_12.equals(ns)) {
      return new Checked(document, List.of(), List.of());
    }
    return new Checked(document, List.of(), validate(xml));
  }

  /** Schema problems of a well-formed document; empty when valid. */
  List<Problem> validate(byte[] xml) {
    List<Problem> problems = new ArrayList<>();
    try {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collector(problems));
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      if (problems.isEmpty()) {
        problems.add(new Problem(-1, -1, e.getMessage()));
      }
    }
    return problems;
  }

  private static DocumentBuilderFactory parserFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private static ErrorHandler collector(List<Problem> problems) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings are not refusals
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        add(e);
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        add(e);
        throw e;
      }

      private void add(SAXParseException e) throws SAXException {
        problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        if (problems.size() >= MAX_ERRORS) {
          throw e;
        }
      }
    };
  }
}
