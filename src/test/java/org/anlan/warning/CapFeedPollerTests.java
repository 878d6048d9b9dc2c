package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CAP import by polling, against a real HTTP server: an Atom feed with an entry linking to a CAP alert, one
 * with the alert inline and one linking to an alert that breaks the schema. The two good ones become EXTERNAL
 * warnings (once: a second poll finds them known), the bad one is kept in the feed's status with its schema
 * errors; a feed that is down is reported, not fatal.
 */
@SpringBootTest(properties = "anlan.warning.feed.interval=PT1H")
@AutoConfigureMockMvc
// its own settings (fast polling, test endpoints) make a context of its own: close it afterwards, so its threads
// do not keep polling while the other suites run
@org.springframework.test.annotation.DirtiesContext
class CapFeedPollerTests {

  static final HttpServer server;
  static final AtomicInteger feedHits = new AtomicInteger();

  static {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
      byte[] amber = new ClassPathResource("warning/cap/oasis-spec-amber-alert.xml").getContentAsByteArray();
      String thunderstorm = new String(new ClassPathResource("warning/cap/ca-environment-canada-thunderstorm.xml").getContentAsByteArray(),
          StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
      byte[] broken = new String(new ClassPathResource("warning/cap/oasis-spec-nws-severe-thunderstorm.xml").getContentAsByteArray(),
          StandardCharsets.UTF_8).replace("<status>Actual</status>", "<status>Whatever</status>").getBytes(StandardCharsets.UTF_8);
      String feed = """
          <?xml version="1.0" encoding="UTF-8"?>
          <feed xmlns="http://www.w3.org/2005/Atom">
            <title>上级预警发布系统（测试）</title><id>urn:test:feed</id><updated>2030-07-01T00:00:00Z</updated>
            <entry><title>amber</title><id>urn:test:1</id><updated>2030-07-01T00:00:00Z</updated>
              <link rel="alternate" type="text/html" href="/page/1"/><link rel="related" type="application/cap+xml" href="/cap/amber.xml"/></entry>
            <entry><title>inline</title><id>urn:test:2</id><updated>2030-07-01T00:00:00Z</updated>
              <content type="application/cap+xml">%s</content></entry>
            <entry><title>broken</title><id>urn:test:3</id><updated>2030-07-01T00:00:00Z</updated>
              <link href="cap/broken.xml" type="application/cap+xml"/></entry>
          </feed>""".formatted(thunderstorm);
      server.createContext("/feed.atom", x -> {
        feedHits.incrementAndGet();
        respond(x, feed.getBytes(StandardCharsets.UTF_8));
      });
      server.createContext("/cap/amber.xml", x -> respond(x, amber));
      server.createContext("/cap/broken.xml", x -> respond(x, broken));
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void respond(com.sun.net.httpserver.HttpExchange x, byte[] body) throws IOException {
    x.sendResponseHeaders(200, body.length);
    x.getResponseBody().write(body);
    x.close();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @DynamicPropertySource
  static void feeds(DynamicPropertyRegistry registry) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    registry.add("anlan.warning.feed.urls", () -> base + "/feed.atom," + base + "/down.atom");
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void a_polled_feed_imports_new_alerts_once_and_keeps_the_refused_with_their_reasons() throws Exception {
    mvc.perform(post("/api/v1/warnings/feeds/poll").with(httpBasic("leader", WarningWebTests.PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/warnings/feeds/poll").with(httpBasic("duty", WarningWebTests.PASSWORD))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].imported").value(2)).andExpect(jsonPath("$[0].known").value(0))
        .andExpect(jsonPath("$[0].rejected[0].code").value("warning.cap-invalid"))
        .andExpect(jsonPath("$[0].rejected[0].where").value(org.hamcrest.Matchers.endsWith("/cap/broken.xml")))
        .andExpect(jsonPath("$[0].rejected[0].errors[0].line").isNumber())
        .andExpect(jsonPath("$[1].lastError").value(org.hamcrest.Matchers.containsString("HTTP 404")));
    List<String> imported = jdbc.sql("select created_by from warning_warning where status = 'EXTERNAL' and created_by like 'feed:%'")
        .query(String.class).list();
    assertThat(imported).hasSize(2);
    assertThat(jdbc.sql("select count(*) from platform_audit_log where action = 'import-polled'").query(Long.class).single()).isEqualTo(2);

    mvc.perform(post("/api/v1/warnings/feeds/poll").with(httpBasic("duty", WarningWebTests.PASSWORD))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].imported").value(2)).andExpect(jsonPath("$[0].known").value(2)).andExpect(jsonPath("$[0].polls").value(2));
    assertThat(jdbc.sql("select count(*) from warning_warning where status = 'EXTERNAL' and created_by like 'feed:%'").query(Long.class).single())
        .isEqualTo(2);
    mvc.perform(get("/api/v1/warnings/feeds").with(httpBasic("baizi", WarningWebTests.PASSWORD))).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2));
    assertThat(feedHits.get()).isEqualTo(2);
  }
}
