package org.anlan.warning;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.anlan.platform.ImportRejectedException;
import org.anlan.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * CAP import by polling (docs/warning.md "Feeds"): every {@code anlan.warning.feed.interval} each configured
 * URL is fetched; an Atom feed's entries are followed to the CAP alert they link to (or the alert inside
 * their content), a CAP alert is taken as it is. New alerts become EXTERNAL warnings to adopt, as an upload
 * would; known ones (same sender and identifier) are skipped; invalid ones are kept in the feed's status with
 * the schema errors — nothing fetched is dropped without a trace. The status is per node, in memory.
 */
@Component
class CapFeedPoller implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CapFeedPoller.class);
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final int KEEP_REJECTED = 50;

  private final FeedProperties properties;
  private final CapExchange exchange;
  private final Problems problems;
  private final Clock clock;
  private final HttpClient http;
  private final Map<String, FeedStatus> status = new LinkedHashMap<>();
  private volatile boolean running;
  private Thread thread;

  CapFeedPoller(FeedProperties properties, CapExchange exchange, Problems problems, Clock clock) {
    this.properties = properties;
    this.exchange = exchange;
    this.problems = problems;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    properties.urls().forEach(u -> status.put(u, new FeedStatus(u)));
  }

  /** Polls every feed now, on the caller's thread; answers the feeds' status afterwards. */
  List<FeedView> pollNow() {
    for (String url : properties.urls()) {
      poll(url);
    }
    return status();
  }

  synchronized List<FeedView> status() {
    return status.values().stream().map(FeedStatus::view).toList();
  }

  private void poll(String url) {
    FeedStatus s;
    synchronized (this) {
      s = status.get(url);
    }
    Instant at = clock.instant();
    int imported = 0;
    int known = 0;
    List<Rejected> rejected = new ArrayList<>();
    String error = null;
    try {
      byte[] body = fetch(URI.create(url));
      Document doc = parse(body);
      Element root = doc.getDocumentElement();
      List<Found> alerts = new ArrayList<>();
      if (ATOM.equals(root.getNamespaceURI()) && "feed".equals(root.getLocalName())) {
        alerts.addAll(entries(URI.create(url), root));
      } else {
        alerts.add(new Found(url, body));
      }
      for (Found found : alerts) {
        try {
          byte[] xml = found.xml() != null ? found.xml() : fetch(URI.create(found.where()));
          if (exchange.importPolled(xml, url).isPresent()) {
            imported++;
          } else {
            known++;
          }
        } catch (ImportRejectedException e) {
          rejected.add(new Rejected(found.where(), e.code(), problems.message("problem." + e.code(), e.args(), java.util.Locale.SIMPLIFIED_CHINESE),
              e.properties().get("errors"), at));
        } catch (RuntimeException e) {
          rejected.add(new Rejected(found.where(), "warning.feed-entry-failed", e.getClass().getSimpleName() + ": " + e.getMessage(), null, at));
        }
      }
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("CAP feed {} could not be polled: {}", url, error);
    }
    synchronized (this) {
      s.record(at, imported, known, rejected, error);
    }
  }

  /** The alerts an Atom feed's entries point to: inline alerts first, else the CAP link (type names cap or xml, else alternate). */
  private static List<Found> entries(URI base, Element feed) throws Exception {
    List<Found> found = new ArrayList<>();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      NodeList inline = entry.getElementsByTagNameNS(CapSchema.NS_12, "alert");
      if (inline.getLength() == 0) {
        inline = entry.getElementsByTagNameNS(CapSchema.NS_11, "alert"); // read as 1.2 when imported
      }
      if (inline.getLength() > 0) {
        found.add(new Found(base + "#entry-" + (i + 1), serialise(inline.item(0))));
        continue;
      }
      String href = null;
      NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
      for (int k = 0; k < links.getLength(); k++) {
        Element link = (Element) links.item(k);
        String type = link.getAttribute("type");
        String rel = link.getAttribute("rel");
        if (type.contains("cap") || type.contains("xml")) {
          href = link.getAttribute("href");
          break;
        }
        if (href == null && (rel.isEmpty() || rel.equals("alternate"))) {
          href = link.getAttribute("href");
        }
      }
      if (href != null && !href.isBlank()) {
        found.add(new Found(base.resolve(href.trim()).toString(), null));
      }
    }
    return found;
  }

  private byte[] fetch(URI uri) throws Exception {
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("only http and https: " + uri);
    }
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(properties.timeout())
        .header("Accept", "application/atom+xml, application/cap+xml, application/xml;q=0.9, */*;q=0.5").build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException("HTTP " + r.statusCode() + " from " + uri);
      }
      byte[] bytes = in.readNBytes(properties.maxBytes() + 1);
      if (bytes.length > properties.maxBytes()) {
        throw new IllegalStateException("more than " + properties.maxBytes() + " bytes from " + uri);
      }
      return bytes;
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] serialise(Node alert) throws Exception {
    var t = TransformerFactory.newInstance();
    t.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    t.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    var transformer = t.newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(alert), new StreamResult(out));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void loop() {
    while (running) {
      pause();
      if (running) {
        try {
          pollNow();
        } catch (RuntimeException e) {
          log.warn("CAP feed poll failed", e);
        }
      }
    }
  }

  private synchronized void pause() {
    try {
      wait(Math.max(1000, properties.interval().toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Starts the polling thread (again, after a stop) when feeds are configured. */
  @Override
  public synchronized void start() {
    if (running || properties.urls().isEmpty()) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "anlan-cap-feeds");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    notifyAll();
    thread = null;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private record Found(String where, byte[] xml) {}

  /** An alert of a feed that was not imported, and why; {@code errors} the schema errors (line, column, message) when there are. */
  record Rejected(String where, String code, String message, Object errors, Instant at) {}

  /**
   * A feed as polled on this node.
   *
   * @param known alerts skipped because the same sender's alert was imported before
   * @param rejected the newest refusals first, at most 50
   */
  record FeedView(String url, Instant lastPolledAt, String lastError, int imported, int known, int polls,
      List<Rejected> rejected) {}

  private static final class FeedStatus {
    final String url;
    Instant lastPolledAt;
    String lastError;
    int imported;
    int known;
    int polls;
    final Deque<Rejected> rejected = new ArrayDeque<>();

    FeedStatus(String url) {
      this.url = url;
    }

    void record(Instant at, int newlyImported, int nowKnown, List<Rejected> refused, String error) {
      lastPolledAt = at;
      lastError = error;
      imported += newlyImported;
      known = nowKnown;
      polls++;
      refused.forEach(r -> {
        rejected.addFirst(r);
        if (rejected.size() > KEEP_REJECTED) {
          rejected.removeLast();
        }
      });
    }

    FeedView view() {
      return new FeedView(url, lastPolledAt, lastError, imported, known, polls, List.copyOf(rejected));
    }
  }
}
