package org.anlan.platform;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with a stable {@code code} and a message in the request's
 * language (zh-CN by default, English on {@code Accept-Language: en}). The codes are listed in
 * docs/problems.md; the messages live in {@code i18n/problems*.properties}. Every problem built — a response, or one
 * item's problem inside a response — is counted in {@code anlan.problems} (tags {@code code}, {@code status}), so bad
 * input refused before any module saw it (malformed JSON, a body over the limit) shows in the metrics too.
 */
@Component
public class Problems {

  static final String TYPE_BASE = "https://anlan.org/problems/";

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json;
  private final MeterRegistry meters;

  Problems(MessageSource messages, LocaleResolver locales, JsonMapper json, ObjectProvider<MeterRegistry> meters) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
    this.meters = meters.getIfAvailable();
  }

  public ProblemDetail build(HttpStatusCode status, String code, Object[] args, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(TYPE_BASE + code));
    problem.setTitle(message("problem.title." + status.value(), new Object[0], locale, HttpStatus.valueOf(status.value()).getReasonPhrase()));
    problem.setDetail(message("problem." + code, args, locale, code));
    problem.setProperty("code", code);
    if (meters != null) {
      meters.counter("anlan.problems", "code", code, "status", String.valueOf(status.value())).increment();
    }
    return problem;
  }

  /** A 500: a correlation id to find the log line, and no internals. */
  public ProblemDetail internal(Locale locale) {
    ProblemDetail problem = build(HttpStatus.INTERNAL_SERVER_ERROR, "internal", new Object[0], locale);
    problem.setProperty("correlationId", UUID.randomUUID().toString());
    return problem;
  }

  /** Writes a problem straight to the response, for filters that run before Spring MVC. */
  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, Object... args) throws IOException {
    ProblemDetail problem = build(status, code, args, locales.resolveLocale(request));
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(asMap(problem)));
  }

  private static Map<String, Object> asMap(ProblemDetail p) {
    var map = new java.util.LinkedHashMap<String, Object>();
    map.put("type", p.getType().toString());
    map.put("title", p.getTitle());
    map.put("status", p.getStatus());
    map.put("detail", p.getDetail());
    map.put("instance", p.getInstance() == null ? null : p.getInstance().toString());
    if (p.getProperties() != null) {
      map.putAll(p.getProperties());
    }
    return map;
  }

  /** A message of the i18n bundles in the given language, or {@code key} itself when there is none. */
  public String message(String key, Object[] args, Locale locale) {
    return message(key, args, locale, key);
  }

  private String message(String key, Object[] args, Locale locale, String fallback) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException e) {
      return fallback;
    }
  }
}
