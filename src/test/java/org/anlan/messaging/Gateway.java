package org.anlan.messaging;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for the SMS gateway ({@code /sms}) and the voice webhook ({@code /voice}).
 * It records every message it gets and answers by the number: {@code 1590…} fails with 500 the first two
 * times, {@code 1570…} gets a 400, {@code 1580…} is refused in the per-number results, anything else is
 * accepted with a message id {@code gw-N}.
 */
public final class Gateway {

  /** One message as the gateway got it. */
  public record Hit(String path, String mobile, String ref, String text, String auth, long atMillis) {}

  private final HttpServer server;
  private final JsonMapper json = JsonMapper.builder().build();
  /**
   * Every message received, in order. A queue, not a copy-on-write list: the 叫应 benchmark sends tens of thousands,
   * and copying the whole list on each one made the stand-in's allocations (and the collector) the largest cost of a
   * round after a few warm-up rounds.
   */
  public final java.util.Queue<Hit> hits = new ConcurrentLinkedQueue<>();
  final AtomicInteger requests = new AtomicInteger();
  private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  public Gateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.createContext("/sms", this::sms);
    server.createContext("/voice", this::voice);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Hit> to(String mobile) {
    return hits.stream().filter(h -> mobile.equals(h.mobile())).toList();
  }

  public void close() {
    server.stop(0);
  }

  private void sms(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    long now = System.currentTimeMillis();
    List<String> results = new ArrayList<>();
    int status = 200;
    for (JsonNode m : body.path("messages")) {
      String mobile = m.path("mobile").asString();
      hits.add(new Hit("/sms", mobile, m.path("ref").asString(), m.path("text").asString(), auth, now));
      int tryNo = tries.computeIfAbsent(mobile, k -> new AtomicInteger()).incrementAndGet();
      if (mobile.startsWith("1590") && tryNo <= 2) {
        status = 500;
      } else if (mobile.startsWith("1570")) {
        status = 400;
      }
      boolean refused = mobile.startsWith("1580");
      results.add("{\"ref\":\"%s\",\"ok\":%s,\"id\":\"gw-%d\",\"error\":%s}".formatted(m.path("ref").asString(), !refused,
          ids.incrementAndGet(), refused ? "\"invalid number\"" : "null"));
    }
    String answer = status == 200 ? "{\"results\":[" + String.join(",", results) + "]}"
        : status == 400 ? "{\"error\":\"bad request: template not approved\"}" : "{\"error\":\"busy\"}";
    respond(exchange, status, answer);
  }

  private void voice(HttpExchange exchange) throws IOException {
    JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
    hits.add(new Hit("/voice", body.path("mobile").asString(), body.path("ref").asString(), body.path("text").asString(),
        exchange.getRequestHeaders().getFirst("Authorization"), System.currentTimeMillis()));
    respond(exchange, 200, "{\"id\":\"call-" + ids.incrementAndGet() + "\"}");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
