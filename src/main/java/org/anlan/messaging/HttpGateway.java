package org.anlan.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A JSON POST to a provider (the SMS gateway, the voice webhook) over one pooled {@link HttpClient}, and how its
 * answer counts: 2xx sent, 408/429/5xx and network trouble retried, any other status refused for good.
 */
final class HttpGateway {

  /** The provider's answer, or why there was none. */
  record Reply(int status, String body, String error) {

    boolean ok() {
      return error == null && status >= 200 && status < 300;
    }

    boolean transientFailure() {
      return error != null || status == 408 || status == 429 || status >= 500;
    }

    String reason() {
      if (error != null) {
        return error;
      }
      String text = body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
      return "HTTP " + status + (text.isBlank() ? "" : ": " + text);
    }
  }

  private final HttpClient client;
  private final String url;
  private final String authHeader;
  private final String authValue;
  private final Duration timeout;

  HttpGateway(String url, String authHeader, String authValue, Duration timeout) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    this.url = url;
    this.authHeader = authHeader;
    this.authValue = authValue;
    this.timeout = timeout;
  }

  CompletableFuture<Reply> post(String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (authValue != null && !authValue.isBlank()) {
      request.header(authHeader, authValue);
    }
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(r -> new Reply(r.statusCode(), r.body(), null))
        .exceptionally(e -> {
          Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          String kind = cause instanceof IOException ? "network" : "error";
          return new Reply(0, null, kind + ": " + cause.getClass().getSimpleName() + " " + cause.getMessage());
        });
  }
}
