package org.anlan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

/** Channel rules that need no server: templates, unconfigured channels, the rate limiter. */
class ChannelRulesTests {

  static MessagingProperties defaults() {
    return new MessagingProperties(true, Duration.ofSeconds(1), Duration.ofMinutes(2), 5, Duration.ofSeconds(30),
        Duration.ofMinutes(30), 2, new MessagingProperties.InApp(1000, 0),
        new MessagingProperties.Sms("http", "", "Authorization", "", "${text}", 100, 4, Duration.ofSeconds(10), 0,
            "X-Anlan-Webhook-Secret", ""),
        new MessagingProperties.Email("", 4, 400, 0),
        new MessagingProperties.Voice("", "Authorization", "", 4, Duration.ofSeconds(10), 0, "X-Anlan-Webhook-Secret", ""));
  }

  static Envelope envelope(String address) {
    return new Envelope(1, "c:1", ChannelKind.SMS, 9L, "张三", address, "红色暴雨预警", "全文", "https://a/1", null, 4,
        Map.of("level", "红色", "title", "暴雨"), 1);
  }

  @Test
  void the_sms_template_takes_params_then_the_message_fields_and_leaves_unknown_placeholders_empty() {
    assertThat(SmsChannel.render("【安澜】${level}预警：${title}。${subject}/${name}/${link}/${text}/${nothing}。$5", envelope("139")))
        .isEqualTo("【安澜】红色预警：暴雨。红色暴雨预警/张三/https://a/1/全文/。$5");
  }

  @Test
  void over_one_smtp_connection_a_refused_recipient_fails_for_good_a_busy_one_is_retried_and_the_rest_go() throws Exception {
    try (SmtpSink sink = new SmtpSink()) {
      JavaMailSenderImpl mail = new JavaMailSenderImpl();
      mail.setHost("127.0.0.1");
      mail.setPort(sink.port());
      mail.setUsername(""); // ANLAN_SMTP_USER unset: no AUTH
      DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
      beans.registerSingleton("mail", mail);
      MessagingProperties properties = defaults();
      EmailChannel email = new EmailChannel(beans.getBeanProvider(JavaMailSender.class),
          new MessagingProperties(true, properties.pollInterval(), properties.lease(), 5, properties.retryDelay(),
              properties.maxRetryDelay(), 2, properties.inApp(), properties.sms(), new MessagingProperties.Email("anlan@test.invalid", 1, 400, 0),
              properties.voice()));
      List<Outcome> outcomes = email.send(List.of(mailTo("a@test.invalid"), mailTo("refused@test.invalid"), mailTo("later@test.invalid"),
          mailTo("b@test.invalid")));
      assertThat(outcomes).extracting(Outcome::kind)
          .containsExactly(Outcome.Kind.SENT, Outcome.Kind.FAILED, Outcome.Kind.RETRY, Outcome.Kind.SENT);
      assertThat(outcomes.get(0).detail()).startsWith("<"); // the Message-ID is the receipt
      assertThat(outcomes.get(1).detail()).contains("550");
      assertThat(sink.accepted.get()).isEqualTo(2);
    }
  }

  static Envelope mailTo(String address) {
    return new Envelope(1, "c:" + address, ChannelKind.EMAIL, 9L, "张三", address, "红色暴雨预警", "全文", "https://a/1", null, 4, Map.of(), 1);
  }

  @Test
  void unconfigured_channels_fail_each_message_with_the_reason_instead_of_dropping_it() {
    MessagingProperties properties = defaults();
    JsonMapper json = JsonMapper.builder().build();
    assertThat(new SmsChannel(properties, json).send(List.of(envelope("139"), envelope("138"))))
        .hasSize(2).allMatch(o -> o.kind() == Outcome.Kind.FAILED && o.detail().contains("ANLAN_SMS_URL"));
    assertThat(new VoiceChannel(properties, json).send(List.of(envelope("139"))))
        .allMatch(o -> o.kind() == Outcome.Kind.FAILED && o.detail().contains("ANLAN_VOICE_URL"));

    DefaultListableBeanFactory none = new DefaultListableBeanFactory();
    assertThat(new EmailChannel(none.getBeanProvider(JavaMailSender.class), properties).send(List.of(envelope("a@b.invalid"))))
        .allMatch(o -> o.kind() == Outcome.Kind.FAILED && o.detail().contains("ANLAN_SMTP_HOST"));
    DefaultListableBeanFactory blankHost = new DefaultListableBeanFactory();
    blankHost.registerSingleton("mail", new JavaMailSenderImpl());
    assertThat(new EmailChannel(blankHost.getBeanProvider(JavaMailSender.class), properties).send(List.of(envelope("a@b.invalid"))))
        .allMatch(o -> o.kind() == Outcome.Kind.FAILED && o.detail().contains("no SMTP host"));
  }

  @Test
  void the_rate_limiter_grants_a_burst_of_one_second_then_waits() throws InterruptedException {
    long started = System.nanoTime();
    RateLimiter limiter = new RateLimiter(10);
    assertThat(limiter.acquire(100)).isEqualTo(10);
    assertThat(limiter.acquire(100)).isBetween(1, 2);
    assertThat((System.nanoTime() - started) / 1_000_000).as("the 11th waits for a tenth of a second").isGreaterThanOrEqualTo(95);
    limiter.refund(1);
    assertThat(new RateLimiter(0).acquire(500)).isEqualTo(500);
  }

  @Test
  void a_like_prefix_matches_percent_and_underscore_literally() {
    assertThat(Deliveries.like("warning:4_2%:")).isEqualTo("warning:4\\_2\\%:%");
  }
}
