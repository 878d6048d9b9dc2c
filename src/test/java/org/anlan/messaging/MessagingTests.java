package org.anlan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.anlan.warning.CalloutChannel;
import org.anlan.warning.CalloutDelivery;
import org.anlan.warning.CalloutMessage;
import org.anlan.warning.CalloutSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox end to end against real parts: an SMTP server (GreenMail) that receives the e-mails and a real HTTP
 * server standing in for the SMS gateway and the voice webhook ({@link Gateway}); the dispatcher's own threads
 * do the sending.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:messaging/messaging-test.properties")
@Import(MessagingTests.Heard.class)
class MessagingTests {

  static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  static final Gateway gateway;

  static {
    smtp.start();
    try {
      gateway = new Gateway();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void endpoints(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("anlan.messaging.sms.url", () -> gateway.url("/sms"));
    registry.add("anlan.messaging.voice.url", () -> gateway.url("/voice"));
  }

  @AfterAll
  static void stopServers() {
    smtp.stop();
  }

  /** Records the events of messaging. */
  static class Heard {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(MessageDelivered e) {
      events.add(e);
    }

    @EventListener
    void on(ReplyReceived e) {
      events.add(e);
    }
  }

  static final String SECRET = "test-webhook-secret";

  @Autowired Messages messages;
  @Autowired CalloutSender callouts;
  @Autowired Dispatcher dispatcher;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired Heard heard;

  static CalloutMessage callout(String key, CalloutChannel channel, long person, String mobile, String email) {
    return new CalloutMessage("test:" + key + ":" + channel, person, "张三", mobile, email, channel, "红色暴雨预警",
        "潼南区气象台发布暴雨红色预警，请立即叫应。", "https://anlan.test/a/" + key, Instant.parse("2026-07-01T10:30:00Z"), 4,
        Map.of("level", "红色", "title", "暴雨", "deadline", "10:30", "link", "https://anlan.test/a/" + key));
  }

  static OutgoingMessage sms(String correlation, String mobile) {
    return new OutgoingMessage(correlation, ChannelKind.SMS, 1L, "李四", mobile, "测试", "测试短信", null, null, 1,
        Map.of("level", "蓝色", "title", "测试", "deadline", "明天"));
  }

  void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(tx -> work.run());
  }

  List<Delivery> deliveries(String prefix) {
    return messages.deliveries(List.of(prefix));
  }

  Delivery awaitState(String correlation, DeliveryState state) {
    await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(correlation).get(0).state() == state);
    return deliveries(correlation).get(0);
  }

  List<String> attempts(String correlation) {
    return jdbc.sql("""
            select a.outcome from messaging_attempt a join messaging_message m on m.id = a.message_id
            where m.correlation = :c order by a.attempt, a.id""").param("c", correlation).query(String.class).list();
  }

  List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  long personOf(String username) {
    return jdbc.sql("select person_id from identity_user where username = :u").param("u", username).query(Long.class).single();
  }

  @Test
  void messages_queued_in_a_transaction_that_rolls_back_are_never_sent() throws Exception {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> {
      callouts.queue(List.of(callout("rollback", CalloutChannel.SMS, 1, "13900000001", null),
          callout("rollback", CalloutChannel.EMAIL, 1, null, "rollback@test.invalid")));
      status.setRollbackOnly();
    });
    Thread.sleep(600); // several poll intervals: the dispatcher would have found them by now
    assertThat(deliveries("test:rollback:")).isEmpty();
    assertThat(gateway.to("13900000001")).isEmpty();
    assertThat(mailsTo("rollback@test.invalid")).isEmpty();
  }

  @Test
  void a_committed_callout_goes_out_once_on_each_channel() throws Exception {
    long person = 424242;
    inTransaction(() -> callouts.queue(List.of(
        callout("once", CalloutChannel.IN_APP, person, "13900000002", "zhang@test.invalid"),
        callout("once", CalloutChannel.SMS, person, "13900000002", "zhang@test.invalid"),
        callout("once", CalloutChannel.EMAIL, person, "13900000002", "zhang@test.invalid"),
        callout("once", CalloutChannel.VOICE, person, "13900000002", "zhang@test.invalid"))));

    await().atMost(Duration.ofSeconds(10)).until(() -> callouts.deliveries(List.of("test:once:")).stream()
        .allMatch(d -> d.state() == CalloutDelivery.State.SENT));
    List<CalloutDelivery> done = callouts.deliveries(List.of("test:once:"));
    assertThat(done).hasSize(4).allMatch(d -> d.attempts() == 1 && d.at() != null && !d.at().isBefore(d.queuedAt()));
    assertThat(done.stream().filter(d -> d.channel() == CalloutChannel.SMS).findFirst().orElseThrow().detail()).startsWith("gw-");

    Thread.sleep(500); // would a second round send anything again?
    List<Gateway.Hit> sms = gateway.to("13900000002").stream().filter(h -> h.path().equals("/sms")).toList();
    assertThat(sms).hasSize(1);
    assertThat(sms.get(0).text()).isEqualTo("【安澜】红色预警：暴雨，请于10:30前回复。https://anlan.test/a/once");
    assertThat(sms.get(0).auth()).isEqualTo("Bearer test-gateway-token");
    assertThat(gateway.to("13900000002").stream().filter(h -> h.path().equals("/voice"))).hasSize(1);
    List<MimeMessage> mails = mailsTo("zhang@test.invalid");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("红色暴雨预警");
    assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("anlan@test.invalid");
    assertThat(jdbc.sql("select count(*) from messaging_inbox where person_id = :p").param("p", person).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void a_gateway_error_is_retried_with_back_off_until_the_message_goes() {
    messages.queue(List.of(sms("test:retry:1", "15900000001")));
    Delivery sent = awaitState("test:retry:1", DeliveryState.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(attempts("test:retry:1")).containsExactly("RETRY", "RETRY", "SENT");
    List<Gateway.Hit> hits = gateway.to("15900000001");
    assertThat(hits).hasSize(3);
    assertThat(hits.get(1).atMillis() - hits.get(0).atMillis()).as("first back-off 200 ms").isGreaterThanOrEqualTo(190);
    assertThat(hits.get(2).atMillis() - hits.get(1).atMillis()).as("second back-off 400 ms").isGreaterThanOrEqualTo(390);
  }

  @Test
  void a_refusal_by_the_gateway_fails_the_message_for_good_with_the_reason() throws Exception {
    messages.queue(List.of(sms("test:refused:400", "15700000001")));
    Delivery refused = awaitState("test:refused:400", DeliveryState.FAILED);
    assertThat(refused.attempts()).isEqualTo(1);
    assertThat(refused.detail()).contains("HTTP 400").contains("template not approved");
    // a gateway that refuses one number of a request fails that number only
    messages.queue(List.of(sms("test:refused:number", "15800000001"), sms("test:refused:fine", "13900000007")));
    Delivery badNumber = awaitState("test:refused:number", DeliveryState.FAILED);
    awaitState("test:refused:fine", DeliveryState.SENT);
    assertThat(badNumber.detail()).contains("invalid number");
    Thread.sleep(500);
    assertThat(gateway.to("15700000001")).hasSize(1);
    assertThat(attempts("test:refused:400")).containsExactly("FAILED");
  }

  @Test
  void the_message_log_shows_the_outbox_to_the_command_centre_masks_answer_tokens_and_re_sends_a_failed_message() throws Exception {
    // one by one: the gateway's 400 refuses the whole request it comes in
    messages.queue(List.of(new OutgoingMessage("test:log:linked", ChannelKind.SMS, 1L, "王五", "13900000021", "测试",
        "请点击 https://anlan.test/a/AbCdEfGhIjKlMnOpQrStUv 确认", "https://anlan.test/a/AbCdEfGhIjKlMnOpQrStUv", null, 1, Map.of())));
    awaitState("test:log:linked", DeliveryState.SENT);
    messages.queue(List.of(sms("test:log:refused", "15700000002")));
    awaitState("test:log:refused", DeliveryState.FAILED);

    String failed = mvc.perform(get("/api/v1/messaging/messages").param("state", "FAILED").param("q", "test:log")
            .with(httpBasic("duty", "test-password-1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<Map<String, Object>> rows = com.jayway.jsonpath.JsonPath.read(failed, "$");
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.get("correlation")).isEqualTo("test:log:refused");
      assertThat((String) r.get("lastError")).contains("HTTP 400");
    });
    long id = ((Number) rows.get(0).get("id")).longValue();
    mvc.perform(get("/api/v1/messaging/messages").param("q", "test:log:linked").with(httpBasic("admin", "test-password-1")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].text").value("请点击 https://anlan.test/a/****** 确认"))
        .andExpect(jsonPath("$[0].answerLink").value("https://anlan.test/a/******"));
    mvc.perform(get("/api/v1/messaging/messages/counts").with(httpBasic("duty", "test-password-1"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.SMS.FAILED").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

    // town officers and the read-only leader do not see it (a message has no area to scope it by)
    problem(mvc.perform(get("/api/v1/messaging/messages").with(httpBasic("shuangjiang", "test-password-1"))), 403, "access.denied");
    problem(mvc.perform(post("/api/v1/messaging/messages/" + id + "/resend").with(httpBasic("leader", "test-password-1"))), 403,
        "access.read-only");
    mvc.perform(get("/api/v1/messaging/messages").param("state", "LOST").with(httpBasic("duty", "test-password-1")))
        .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    problem(mvc.perform(get("/api/v1/messaging/messages/999999999").with(httpBasic("duty", "test-password-1"))), 404,
        "messaging.message-not-found");
    long sent = jdbc.sql("select id from messaging_message where correlation = 'test:log:linked'").query(Long.class).single();
    problem(mvc.perform(post("/api/v1/messaging/messages/" + sent + "/resend").with(httpBasic("duty", "test-password-1"))), 409,
        "messaging.not-failed");

    // re-sent: queued again with its tries counted afresh, and this gateway refuses it again
    mvc.perform(post("/api/v1/messaging/messages/" + id + "/resend").with(httpBasic("duty", "test-password-1"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.message.attempts").value(0)).andExpect(jsonPath("$.attempts[1].outcome").value("RETRY"))
        .andExpect(jsonPath("$.attempts[1].detail").value("重发 resent by duty"));
    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.to("15700000002").size() == 2);
    awaitState("test:log:refused", DeliveryState.FAILED);
    mvc.perform(get("/api/v1/messaging/messages/" + id).with(httpBasic("duty", "test-password-1"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.attempts[*].outcome").value(org.hamcrest.Matchers.contains("FAILED", "RETRY", "FAILED")));
    assertThat(jdbc.sql("select actor || ':' || action from platform_audit_log where entity_type = 'messaging.message' and entity_id = :id")
        .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("duty:resend");
  }

  @Test
  void a_message_without_an_address_fails_at_once_with_the_reason() {
    inTransaction(() -> callouts.queue(List.of(callout("noaddress", CalloutChannel.SMS, 7, null, null),
        callout("noaddress", CalloutChannel.EMAIL, 7, null, null))));
    List<CalloutDelivery> failed = callouts.deliveries(List.of("test:noaddress:"));
    assertThat(failed).extracting(CalloutDelivery::state).containsOnly(CalloutDelivery.State.FAILED);
    assertThat(failed).extracting(CalloutDelivery::detail).containsExactlyInAnyOrder("no mobile number", "no e-mail address");
    assertThat(failed).extracting(CalloutDelivery::attempts).containsOnly(0);
  }

  @Test
  void the_voice_rate_limit_of_five_a_second_is_kept() {
    List<OutgoingMessage> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(new OutgoingMessage("test:rate:" + i, ChannelKind.VOICE, 1L, "王五", "1370000%04d".formatted(i), null,
          "请立即转移。", null, null, 1, null));
    }
    messages.queue(calls);
    await().atMost(Duration.ofSeconds(15)).until(() -> deliveries("test:rate:").stream().allMatch(d -> d.state() == DeliveryState.SENT));
    List<Long> times = gateway.hits.stream().filter(h -> h.ref().startsWith("test:rate:")).map(Gateway.Hit::atMillis).sorted().toList();
    assertThat(times).hasSize(20);
    // a bucket of 5 a second with a burst of one second's worth: 20 calls take at least 3 s, and no second holds more than 10
    assertThat(times.get(19) - times.get(0)).isGreaterThanOrEqualTo(2900);
    for (long start : times) {
      assertThat(times.stream().filter(t -> t >= start && t < start + 1000).count()).isLessThanOrEqualTo(10);
    }
  }

  ResultActions webhook(String path, String secret, String json) throws Exception {
    var request = post("/api/v1/messaging/sms/" + path).contentType(MediaType.APPLICATION_JSON).content(json);
    if (secret != null) {
      request.header("X-Anlan-Webhook-Secret", secret);
    }
    return mvc.perform(request);
  }

  static void problem(ResultActions result, int status, String code) throws Exception {
    result.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status)).andExpect(jsonPath("$.code").value(code));
  }

  @Test
  void a_delivery_receipt_marks_the_message_delivered_and_publishes_it_once() throws Exception {
    messages.queue(List.of(sms("test:receipt:1", "13900000003")));
    String receipt = awaitState("test:receipt:1", DeliveryState.SENT).detail();
    String body = "{\"receipts\":[{\"id\":\"%s\",\"mobile\":\"13900000003\",\"status\":\"DELIVERED\",\"at\":\"2026-07-01T10:00:05+08:00\"}]}"
        .formatted(receipt);

    problem(webhook("status", null, body), 403, "messaging.webhook-secret");
    problem(webhook("status", "wrong-secret", body), 403, "messaging.webhook-secret");
    problem(webhook("status", SECRET, "{\"receipts\":[{\"id\":\"x\",\"status\":\"MAYBE\"}]}"), 422, "messaging.receipt-invalid");
    assertThat(deliveries("test:receipt:1").get(0).state()).isEqualTo(DeliveryState.SENT);

    webhook("status", SECRET, body).andExpect(status().isOk()).andExpect(jsonPath("$.delivered").value(1));
    Delivery delivered = deliveries("test:receipt:1").get(0);
    assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivered.at()).isEqualTo(Instant.parse("2026-07-01T02:00:05Z"));
    webhook("status", SECRET, body).andExpect(status().isOk()).andExpect(jsonPath("$.delivered").value(0))
        .andExpect(jsonPath("$.unknown").value(1));
    assertThat(heard.events).filteredOn(MessageDelivered.class::isInstance).map(MessageDelivered.class::cast)
        .filteredOn(e -> e.correlation().equals("test:receipt:1")).hasSize(1)
        .allMatch(e -> e.receipt().equals(receipt) && e.channel() == ChannelKind.SMS);
    assertThat(attempts("test:receipt:1")).containsExactly("SENT", "DELIVERED");
  }

  @Test
  void the_sms_gateways_receipts_do_not_mark_a_voice_call_of_the_same_id() throws Exception {
    messages.queue(List.of(voice("test:sms-receipt-voice:1", "13900000017")));
    String callId = awaitState("test:sms-receipt-voice:1", DeliveryState.SENT).detail();

    webhook("status", SECRET, "{\"receipts\":[{\"id\":\"%s\",\"status\":\"DELIVERED\"}]}".formatted(callId))
        .andExpect(status().isOk()).andExpect(jsonPath("$.delivered").value(0)).andExpect(jsonPath("$.unknown").value(1));
    assertThat(deliveries("test:sms-receipt-voice:1").get(0).state()).isEqualTo(DeliveryState.SENT);
    voiceWebhook(VOICE_SECRET, "{\"results\":[{\"id\":\"%s\",\"status\":\"ANSWERED\"}]}".formatted(callId))
        .andExpect(status().isOk()).andExpect(jsonPath("$.delivered").value(1));
  }

  @Test
  void the_voice_providers_call_results_mark_calls_answered_or_not_with_their_own_secret() throws Exception {
    messages.queue(List.of(voice("test:voice:1", "13900000015"), voice("test:voice:2", "13900000016")));
    String answered = awaitState("test:voice:1", DeliveryState.SENT).detail();
    String busy = awaitState("test:voice:2", DeliveryState.SENT).detail();
    assertThat(answered).startsWith("call-");
    String body = "{\"results\":[{\"id\":\"%s\",\"status\":\"ANSWERED\",\"keys\":\"1\",\"at\":\"2026-07-01T10:01:00+08:00\"},"
        .formatted(answered) + "{\"id\":\"%s\",\"status\":\"BUSY\",\"error\":\"占线\"}]}".formatted(busy);

    // the SMS gateway's secret is not the voice provider's
    problem(voiceWebhook(SECRET, body), 403, "messaging.webhook-secret");
    problem(voiceWebhook(null, body), 403, "messaging.webhook-secret");
    problem(voiceWebhook(VOICE_SECRET, "{\"results\":[{\"id\":\"x\",\"status\":\"DELIVERED\"}]}"), 422, "messaging.receipt-invalid");
    problem(voiceWebhook(VOICE_SECRET, "{\"results\":[]}"), 422, "messaging.receipt-invalid");
    problem(voiceWebhook(VOICE_SECRET, "[1,2"), 422, "messaging.receipt-invalid");
    assertThat(deliveries("test:voice:").stream().map(Delivery::state)).containsOnly(DeliveryState.SENT);

    // no 叫应 call waits for the number here: delivered, nothing confirmed (CalloutTests has the confirm key's answer)
    voiceWebhook(VOICE_SECRET, body).andExpect(status().isOk()).andExpect(jsonPath("$.delivered").value(1))
        .andExpect(jsonPath("$.failed").value(1)).andExpect(jsonPath("$.unknown").value(0)).andExpect(jsonPath("$.confirmed").value(0));
    Delivery one = deliveries("test:voice:1").get(0);
    assertThat(one.state()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(one.at()).isEqualTo(Instant.parse("2026-07-01T02:01:00Z"));
    Delivery two = deliveries("test:voice:2").get(0);
    assertThat(two.state()).isEqualTo(DeliveryState.FAILED);
    assertThat(two.detail()).isEqualTo("voice: busy: 占线");
    assertThat(attempts("test:voice:1")).containsExactly("SENT", "DELIVERED");
    assertThat(heard.events).filteredOn(MessageDelivered.class::isInstance).map(MessageDelivered.class::cast)
        .filteredOn(e -> e.correlation().equals("test:voice:1")).singleElement().matches(e -> e.channel() == ChannelKind.VOICE);
    // told again: nothing changes
    voiceWebhook(VOICE_SECRET, body).andExpect(status().isOk()).andExpect(jsonPath("$.delivered").value(0))
        .andExpect(jsonPath("$.unknown").value(2));
  }

  static OutgoingMessage voice(String correlation, String mobile) {
    return new OutgoingMessage(correlation, ChannelKind.VOICE, 1L, "王五", mobile, "测试", "测试语音", null, null, 1, Map.of());
  }

  static final String VOICE_SECRET = "test-voice-secret";

  ResultActions voiceWebhook(String secret, String json) throws Exception {
    var request = post("/api/v1/messaging/voice/status").contentType(MediaType.APPLICATION_JSON).content(json);
    if (secret != null) {
      request.header("X-Anlan-Webhook-Secret", secret);
    }
    return mvc.perform(request);
  }

  @Test
  void an_inbound_reply_needs_the_secret_and_is_stored_and_handed_to_warning() throws Exception {
    messages.queue(List.of(sms("test:reply:1", "13900000004")));
    String receipt = awaitState("test:reply:1", DeliveryState.SENT).detail();
    String body = "{\"id\":\"in-1\",\"mobile\":\"13900000004\",\"text\":\"收到，已转移\",\"receivedAt\":\"2026-07-01T10:05:00+08:00\",\"inReplyTo\":\"%s\"}"
        .formatted(receipt);

    problem(webhook("inbound", "nope", body), 403, "messaging.webhook-secret");
    problem(webhook("inbound", SECRET, "{\"mobile\":\"13900000004\"}"), 422, "messaging.reply-invalid");
    problem(webhook("inbound", SECRET, "not json"), 422, "messaging.reply-invalid");
    problem(webhook("inbound", null, "not json"), 403, "messaging.webhook-secret");
    assertThat(jdbc.sql("select count(*) from messaging_reply").query(Integer.class).single()).isZero();

    webhook("inbound", SECRET, body).andExpect(status().isOk()).andExpect(jsonPath("$.answered").value(0))
        .andExpect(jsonPath("$.duplicate").value(false));
    webhook("inbound", SECRET, body).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
    Map<String, Object> row = jdbc.sql("select mobile, text, in_reply_to from messaging_reply where provider_id = 'in-1'").query().singleRow();
    assertThat(row).containsEntry("mobile", "13900000004").containsEntry("text", "收到，已转移").containsEntry("in_reply_to", "test:reply:1");
    assertThat(heard.events).filteredOn(ReplyReceived.class::isInstance).map(ReplyReceived.class::cast)
        .filteredOn(e -> e.mobile().equals("13900000004")).hasSize(1)
        .allMatch(e -> e.inReplyTo().equals("test:reply:1") && e.receivedAt().equals(Instant.parse("2026-07-01T02:05:00Z")));
  }

  @Test
  void the_inbox_and_its_stream_belong_to_the_linked_user_only() throws Exception {
    long town = personOf("shuangjiang");
    MvcResult mine = mvc.perform(get("/api/v1/inbox/stream").with(httpBasic("shuangjiang", "test-password-1")))
        .andExpect(request().asyncStarted()).andReturn();
    MvcResult other = mvc.perform(get("/api/v1/inbox/stream").with(httpBasic("baizi", "test-password-1")))
        .andExpect(request().asyncStarted()).andReturn();

    inTransaction(() -> callouts.queue(List.of(callout("inbox", CalloutChannel.IN_APP, town, null, null))));
    awaitState("test:inbox:IN_APP", DeliveryState.SENT);
    await().atMost(Duration.ofSeconds(5)).until(() -> mine.getResponse().getContentAsString().contains("test:inbox:IN_APP"));
    assertThat(mine.getResponse().getContentAsString()).contains("event:inbox");
    assertThat(other.getResponse().getContentAsString()).doesNotContain("test:inbox");

    String list = mvc.perform(get("/api/v1/inbox").with(httpBasic("shuangjiang", "test-password-1"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].subject").value("红色暴雨预警")).andReturn().getResponse().getContentAsString();
    long id = com.jayway.jsonpath.JsonPath.<Number>read(list, "$.items[0].id").longValue();
    mvc.perform(get("/api/v1/inbox").with(httpBasic("baizi", "test-password-1"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
    problem(mvc.perform(post("/api/v1/inbox/" + id + "/read").with(httpBasic("baizi", "test-password-1"))), 404, "messaging.inbox-not-found");
    mvc.perform(post("/api/v1/inbox/" + id + "/read").with(httpBasic("shuangjiang", "test-password-1"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.readAt").isNotEmpty());
    problem(mvc.perform(get("/api/v1/inbox")), 401, "auth.required");
  }

  @Test
  void stopping_and_starting_the_dispatcher_does_not_send_a_sent_message_again() throws Exception {
    messages.queue(List.of(sms("test:restart:1", "13900000005")));
    awaitState("test:restart:1", DeliveryState.SENT);
    dispatcher.stop();
    messages.queue(List.of(sms("test:restart:2", "13900000006")));
    Thread.sleep(300);
    assertThat(deliveries("test:restart:2").get(0).state()).as("nothing goes while stopped").isEqualTo(DeliveryState.QUEUED);
    dispatcher.start();
    awaitState("test:restart:2", DeliveryState.SENT);
    Thread.sleep(300);
    assertThat(gateway.to("13900000005")).hasSize(1);
    assertThat(gateway.to("13900000006")).hasSize(1);
  }
}
