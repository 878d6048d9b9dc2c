package org.anlan.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 短信: the built-in client of a generic HTTP SMS gateway ({@code anlan.messaging.sms.*}; request and answer
 * shapes in docs/messaging.md). Up to {@code batch-size} numbers go in one request, each with its own text
 * from the template, and up to {@code concurrency} requests are in flight at once. The provider's message
 * id is kept as the receipt that its status webhook names later. Off ({@code provider} not {@code http}) a
 * deployment declares its own {@link Channel} of kind SMS.
 */
@Component
@ConditionalOnProperty(prefix = "anlan.messaging.sms", name = "provider", havingValue = "http", matchIfMissing = true)
class SmsChannel implements Channel {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private final MessagingProperties.Sms settings;
  private final HttpGateway gateway;
  private final JsonMapper json;

  SmsChannel(MessagingProperties properties, JsonMapper json) {
    this.settings = properties.sms();
    this.gateway = settings.configured() ? new HttpGateway(settings.url(), settings.authHeader(), settings.authValue(), settings.timeout()) : null;
    this.json = json;
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.SMS;
  }

  @Override
  public int batchSize() {
    return Math.max(1, settings.batchSize()) * Math.max(1, settings.concurrency());
  }

  @Override
  public List<Outcome> send(List<Envelope> batch) {
    if (gateway == null) {
      Outcome off = Outcome.failed("SMS is not configured: no gateway URL (anlan.messaging.sms.url, ANLAN_SMS_URL)");
      return batch.stream().map(m -> off).toList();
    }
    int size = Math.max(1, settings.batchSize());
    List<CompletableFuture<List<Outcome>>> requests = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += size) {
      List<Envelope> part = batch.subList(from, Math.min(batch.size(), from + size));
      requests.add(gateway.post(request(part)).thenApply(reply -> outcomes(part, reply)));
    }
    return requests.stream().flatMap(r -> r.join().stream()).toList();
  }

  private String request(List<Envelope> part) {
    List<Map<String, Object>> messages = new ArrayList<>(part.size());
    for (Envelope m : part) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("ref", m.correlation());
      one.put("mobile", m.address());
      one.put("text", render(settings.template(), m));
      one.put("params", m.params());
      messages.add(one);
    }
    return json.writeValueAsString(Map.of("messages", messages));
  }

  /** The template with each placeholder replaced: a param of the message, else text, subject, name or link; unknown ones are left empty. */
  static String render(String template, Envelope m) {
    Map<String, String> values = new HashMap<>(m.params());
    values.putIfAbsent("text", m.text());
    values.putIfAbsent("subject", m.subject() == null ? "" : m.subject());
    values.putIfAbsent("name", m.name() == null ? "" : m.name());
    values.putIfAbsent("link", m.answerLink() == null ? "" : m.answerLink());
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
    }
    matcher.appendTail(text);
    return text.toString();
  }

  /** Each number's result: by {@code ref} from the answer's {@code results}, else the answer's one {@code id} for all. */
  private List<Outcome> outcomes(List<Envelope> part, HttpGateway.Reply reply) {
    if (!reply.ok()) {
      Outcome outcome = reply.transientFailure() ? Outcome.retry("gateway: " + reply.reason()) : Outcome.failed("gateway refused: " + reply.reason());
      return part.stream().map(m -> outcome).toList();
    }
    JsonNode root;
    try {
      root = reply.body() == null || reply.body().isBlank() ? null : json.readTree(reply.body());
    } catch (RuntimeException e) {
      root = null;
    }
    Map<String, JsonNode> results = new HashMap<>();
    if (root != null && root.path("results").isArray()) {
      root.path("results").forEach(r -> results.put(r.path("ref").asString(""), r));
    }
    String common = root == null || root.path("id").isMissingNode() ? null : root.path("id").asString(null);
    List<Outcome> outcomes = new ArrayList<>(part.size());
    for (Envelope m : part) {
      JsonNode r = results.get(m.correlation());
      if (r == null) {
        outcomes.add(Outcome.sent(common));
      } else if (r.path("ok").asBoolean(true)) {
        outcomes.add(Outcome.sent(r.path("id").asString(common)));
      } else {
        outcomes.add(Outcome.failed("gateway refused the number: " + r.path("error").asString("no reason given")));
      }
    }
    return outcomes;
  }
}
