package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anlan.platform.DeadlineRunner;
import org.anlan.platform.Deadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 叫应 on the demo directory with a pinned clock and the scheduler driven by hand: the NOTICE round at
 * issue, the escalation sequence (next channel → deputy → superior and duty officer → unanswered), one
 * step per person once, answers by link / web / SMS reply / on behalf, and closing on update and lift.
 */
@SpringBootTest(properties = {"anlan.platform.scheduler.enabled=false", "anlan.warning.callout.link-base=https://anlan.test",
    "anlan.warning.alarm.auto-issue.500152110000=ORANGE", "anlan.warning.alarm.auto-issue.500152110002=RED",
    "anlan.warning.alarm.merge-by-town=true"})
@AutoConfigureMockMvc
@Import(CalloutTestConfig.class)
// its own settings (fast polling, test endpoints) make a context of its own: close it afterwards, so its threads
// do not keep polling while the other suites run
@org.springframework.test.annotation.DirtiesContext
class CalloutTests {

  static final String SHUANGJIANG = "500152110000";
  static final String WULI = "500152110002";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CalloutTestConfig.PinnedClock clock;
  @Autowired CalloutTestConfig.RecordingSender sender;
  @Autowired DeadlineRunner runner;
  @Autowired Deadlines deadlines;
  @Autowired Callouts callouts;
  @Autowired TransactionTemplate tx;
  @Autowired AlarmDrafts drafts;
  @Autowired CalloutDesk desk;
  @Autowired AnswerGroups groups;

  @BeforeEach
  void setUp() {
    clock.set(CalloutTestConfig.T0);
    runner.fireDue();
  }

  ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.with(httpBasic(user, WarningWebTests.PASSWORD)));
  }

  long issue(String level, String area) throws Exception {
    String body = call(post("/api/v1/warnings").contentType(MediaType.APPLICATION_JSON).content(WarningWebTests.warning(level, area)), "admin")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    call(post("/api/v1/warnings/" + id + "/submit"), "admin").andExpect(status().isOk());
    call(post("/api/v1/warnings/" + id + "/approve"), level.equals("RED") ? "leader" : "admin").andExpect(status().isOk());
    return id;
  }

  List<Map<String, Object>> rows(String sql, long warningId) {
    return jdbc.sql(sql).param("w", warningId).query().listOfRows();
  }

  long count(String sql, long warningId) {
    return jdbc.sql(sql).param("w", warningId).query(Long.class).single();
  }

  /** The SMS messages sent for the warning, in order. */
  List<CalloutMessage> smsOf(long warningId) {
    return sender.of(warningId).stream().filter(m -> m.channel() == CalloutChannel.SMS).toList();
  }

  /** The call a 叫应 message belongs to (its correlation is warning:W:call:C:step:…). */
  static long callOf(CalloutMessage m) {
    return Long.parseLong(m.correlation().split(":")[3]);
  }

  String token(CalloutMessage m) {
    return m.answerLink().substring(m.answerLink().lastIndexOf('/') + 1);
  }

  void advance(long minutes) {
    clock.plusMinutes(minutes);
    while (runner.fireDue() > 0) {
      // fire everything due now
    }
  }

  @Test
  void issuing_opens_one_call_per_recipient_with_a_notice_on_three_channels_and_a_deadline() throws Exception {
    long id = issue("ORANGE", SHUANGJIANG);
    long recipients = count("select count(*) from warning_recipient where warning_id = :w", id);
    assertThat(recipients).isGreaterThan(20);
    assertThat(count("select count(*) from warning_call where warning_id = :w and round = 1 and status = 'WAITING' and step = 0", id))
        .isEqualTo(recipients);
    List<CalloutMessage> notices = sender.of(id);
    assertThat(notices).hasSize((int) recipients * 3);
    assertThat(notices.stream().map(CalloutMessage::channel).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.EMAIL);
    CalloutMessage sms = notices.stream().filter(m -> m.channel() == CalloutChannel.SMS).findFirst().orElseThrow();
    assertThat(sms.answerLink()).matches("https://anlan\\.test/a/[A-Za-z0-9_-]{43}");
    assertThat(sms.text()).contains("橙色预警：暴雨预警（测试）").contains("请于09:10前确认收到").contains(sms.answerLink());
    assertThat(sms.answerBy()).isEqualTo(CalloutTestConfig.T0.plusSeconds(600));
    assertThat(sms.priority()).isEqualTo(3);
    // only the hash of a link is kept
    assertThat(count("select count(*) from warning_answer_token where token_hash = '" + token(sms) + "' and call_id > :w", 0)).isZero();
    assertThat(count("select count(*) from warning_answer_token t join warning_call c on c.id = t.call_id where c.warning_id = :w", id))
        .isEqualTo(recipients);
    assertThat(deadlines.list(Callouts.KIND).stream().filter(d -> d.ref().startsWith(id + ":"))
        .allMatch(d -> d.dueAt().equals(CalloutTestConfig.T0.plusSeconds(600)) && d.status() == Deadlines.Status.PENDING)).isTrue();
  }

  @Test
  void an_unanswered_call_is_chased_next_channel_then_deputy_then_superior_and_duty_officer_then_marked_unanswered() throws Exception {
    long id = issue("ORANGE", WULI);
    Map<String, Object> secretary = rows("select * from warning_call where warning_id = :w and role like '村社书记%'", id).get(0);
    long callId = ((Number) secretary.get("id")).longValue();
    String prefix = "warning:" + id + ":call:" + callId + ":";

    advance(9);
    assertThat(sender.of(id).stream().filter(m -> m.correlation().startsWith(prefix))).hasSize(3);

    advance(1); // 10 min: RESEND by voice to the same person
    List<CalloutMessage> resend = sender.of(id).stream().filter(m -> m.correlation().startsWith(prefix + "step:1:")).toList();
    assertThat(resend).singleElement().satisfies(m -> {
      assertThat(m.channel()).isEqualTo(CalloutChannel.VOICE);
      assertThat(m.personId()).isEqualTo(((Number) secretary.get("person_id")).longValue());
      assertThat(m.answerLink()).isNull();
    });

    advance(10); // 20 min: the deputy (AB岗: the village head)
    List<CalloutMessage> deputy = sender.of(id).stream().filter(m -> m.correlation().startsWith(prefix + "step:2:")).toList();
    assertThat(deputy).extracting(CalloutMessage::channel)
        .containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.VOICE);
    assertThat(deputy.get(0).personId()).isNotEqualTo(((Number) secretary.get("person_id")).longValue());
    assertThat(deputy.get(0).text()).contains("AB岗代收");

    advance(10); // 30 min: the town leader in charge and the duty officer on shift
    Set<Long> people = rows("select person_id from warning_call_step where call_id = " + callId + " and step = 3 and warning_id = :w", id)
        .stream().map(r -> ((Number) r.get("PERSON_ID")).longValue()).collect(Collectors.toSet());
    assertThat(people).contains(CalloutTestConfig.DUTY_PERSON).hasSizeGreaterThanOrEqualTo(2); // + the demo roster's officer
    // every silent call of the village reached the duty officer, but only the first one by message: the rest are merged
    List<CalloutMessage> toDuty = sender.of(id).stream()
        .filter(m -> m.correlation().contains(":step:3:") && m.personId() == CalloutTestConfig.DUTY_PERSON).toList();
    assertThat(toDuty).extracting(CalloutMessage::channel).containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS);
    assertThat(toDuty).allSatisfy(m -> assertThat(m.text()).contains("叫应督促").contains("叫应看板"));
    long silent = count("select count(*) from warning_call where step = 3 and warning_id = :w", id);
    assertThat(silent).isGreaterThan(1);
    assertThat(count("select count(*) from warning_call_step where step = 3 and channels = '' and note like '%合并提醒%' and person_id = "
        + CalloutTestConfig.DUTY_PERSON + " and warning_id = :w", id)).isEqualTo(silent - 1);

    advance(10); // 40 min: every step spent
    Map<String, Object> after = rows("select * from warning_call where id = " + callId + " and warning_id = :w", id).get(0);
    assertThat(after.get("STATUS")).isEqualTo("UNANSWERED");
    assertThat(rows("select step, kind from warning_call_step where call_id = " + callId + " and warning_id = :w order by step", id))
        .extracting(r -> r.get("KIND")).containsSequence("NOTICE", "RESEND", "DEPUTY", "SUPERIOR", "SUPERIOR")
        .hasSize(3 + people.size());

    advance(60); // nothing more
    assertThat(sender.of(id).stream().filter(m -> m.correlation().startsWith(prefix + "step:4"))).isEmpty();

    // the record shows every step, and the board counts it as unanswered and escalated
    String responses = call(get("/api/v1/warnings/" + id + "/responses"), "admin").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<String> kinds = JsonPath.read(responses, "$[?(@.callId == " + callId + ")].steps[*].kind");
    assertThat(kinds).containsSequence("NOTICE", "RESEND", "DEPUTY", "SUPERIOR").hasSize(3 + people.size());
    call(get("/api/v1/warnings/" + id + "/board"), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$.counts.unanswered").value(org.hamcrest.Matchers.greaterThan(0)))
        .andExpect(jsonPath("$.counts.answered").value(0));
  }

  @Test
  void a_person_without_a_deputy_goes_straight_to_the_superior_step_and_the_gap_is_recorded() throws Exception {
    long id = issue("RED", WULI);
    long callId = ((Number) rows("select id from warning_call where warning_id = :w and role like '网格员%'", id).get(0).get("ID")).longValue();
    advance(5);
    advance(5); // red: 5 minutes per step; grid workers have no AB岗
    assertThat(rows("select kind, person_id, note from warning_call_step where call_id = " + callId + " and warning_id = :w and step = 2", id))
        .singleElement().satisfies(r -> {
          assertThat(r.get("KIND")).isEqualTo("DEPUTY");
          assertThat(((Number) r.get("PERSON_ID")).longValue()).isZero();
          assertThat((String) r.get("NOTE")).contains("无可用AB岗");
        });
    assertThat(rows("select kind from warning_call_step where call_id = " + callId + " and warning_id = :w and step = 3", id))
        .isNotEmpty();
  }

  @Test
  void an_answer_link_works_until_its_validity_ends_and_then_is_refused_as_expired() throws Exception {
    long id = issue("ORANGE", WULI);
    List<CalloutMessage> sms = smsOf(id);
    String early = token(sms.get(0));
    String late = token(sms.get(1));

    clock.plusMinutes(48 * 60 - 1); // anlan.warning.callout.link-validity: 48 h (the warning runs longer)
    mvc.perform(post("/api/v1/answers/" + early).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
    clock.plusMinutes(1);
    mvc.perform(post("/api/v1/answers/" + late).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("warning.answer-link-expired"));
    // the page still shows the warning, and says the link can no longer answer
    mvc.perform(get("/api/v1/answers/" + late)).andExpect(status().isOk()).andExpect(jsonPath("$.linkExpired").value(true))
        .andExpect(jsonPath("$.title").value("暴雨预警（测试）"));
    mvc.perform(get("/api/v1/answers/" + early)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
    long lateCall = callOf(sms.get(1));
    assertThat(rows("select status from warning_call where id = " + lateCall + " and warning_id = :w", id).get(0).get("STATUS"))
        .isNotEqualTo("ANSWERED");
  }

  @Test
  void a_one_click_answer_closes_the_call_cancels_its_steps_and_a_second_click_adds_feedback_only() throws Exception {
    long id = issue("ORANGE", WULI);
    CalloutMessage sms = smsOf(id).get(0);
    String token = token(sms);
    clock.plusMinutes(3);

    mvc.perform(get("/api/v1/answers/" + token)).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WAITING")).andExpect(jsonPath("$.title").value("暴雨预警（测试）"));
    assertThat(mvc.perform(get("/a/" + token)).andReturn().getResponse().getForwardedUrl()).isEqualTo("/answer.html");
    mvc.perform(post("/api/v1/answers/" + token).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"))
        .andExpect(jsonPath("$.answeredBy").value(sms.name()));
    mvc.perform(post("/api/v1/answers/" + token).contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": \"本村无险情\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.feedback").value("本村无险情"));

    long callId = callOf(sms);
    Map<String, Object> row = rows("select * from warning_call where id = " + callId + " and warning_id = :w", id).get(0);
    assertThat(row.get("ANSWER_CHANNEL")).isEqualTo("LINK");
    assertThat(((java.time.OffsetDateTime) row.get("ANSWERED_AT")).toInstant()).isEqualTo(CalloutTestConfig.T0.plusSeconds(180));
    assertThat(deadlines.find(Callouts.KIND, Callouts.ref(id, callId, 0)).orElseThrow().status()).isEqualTo(Deadlines.Status.CANCELLED);
    assertThat(count("select count(*) from platform_audit_log where entity_type = 'warning.call' and entity_id = '" + callId + "' and :w > 0", id))
        .isEqualTo(2);

    advance(60);
    assertThat(sender.of(id).stream().filter(m -> m.correlation().startsWith("warning:" + id + ":call:" + callId + ":step:1"))).isEmpty();

    mvc.perform(get("/api/v1/answers/not-a-real-token-at-all-xxxxxxxxxx")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("warning.answer-link-unknown"));
  }

  @Test
  void a_storms_merged_draft_keeps_its_first_line_and_the_newest_within_the_column() {
    String body = "监测站“甲站”（ST001）首条告警。";
    for (int i = 1; i <= 300; i++) {
      body = AlarmDrafts.withLine(body, "08:%02d 监测站“第%d站”（ST%03d） 读数 55.0 mm，告警等级橙色，并入本草稿。".formatted(i % 60, i, i));
      assertThat(body.length()).isLessThanOrEqualTo(AlarmDrafts.BODY_MAX);
    }
    List<String> lines = List.of(body.split("\n"));
    assertThat(lines.get(0)).isEqualTo("监测站“甲站”（ST001）首条告警。");
    assertThat(lines.get(1)).isEqualTo(AlarmDrafts.OMITTED);
    assertThat(lines).filteredOn(AlarmDrafts.OMITTED::equals).hasSize(1);
    assertThat(lines.get(lines.size() - 1)).contains("第300站");
    assertThat(lines.get(lines.size() - 2)).contains("第299站");
    assertThat(AlarmDrafts.withLine("短", "一行")).isEqualTo("短\n一行");
  }

  @Test
  void clicks_arriving_together_are_answered_in_one_group_each_as_if_it_came_alone() throws Exception {
    long id = issue("ORANGE", WULI);
    List<CalloutMessage> sms = smsOf(id);
    String a = token(sms.get(0));
    String b = token(sms.get(1));
    long callA = callOf(sms.get(0));
    long callB = callOf(sms.get(1));
    long callC = callOf(sms.get(2));
    clock.plusMinutes(2);

    List<CalloutDesk.LinkResult> results = tx.execute(t -> desk.answerByLinks(List.of(
        new CalloutDesk.LinkAnswer(a, null), new CalloutDesk.LinkAnswer(a, "本村无险情"),
        new CalloutDesk.LinkAnswer("not-a-real-token-at-all-xxxxxxxxxx", null), new CalloutDesk.LinkAnswer("short", null),
        new CalloutDesk.LinkAnswer(b, " 已组织转移 35 人 "))));

    assertThat(results.get(0).orThrow().status()).isEqualTo(Call.Status.ANSWERED);
    assertThat(results.get(0).orThrow().feedback()).isNull();
    assertThat(results.get(1).orThrow().feedback()).isEqualTo("本村无险情");
    assertThat(results.get(2).problem()).isInstanceOf(org.anlan.shared.NotFoundException.class);
    assertThat(results.get(3).problem()).isInstanceOf(org.anlan.shared.NotFoundException.class);
    assertThat(results.get(4).orThrow().feedback()).isEqualTo("已组织转移 35 人");
    assertThat(rows("select status, feedback, answered_by_name from warning_call where id = " + callA + " and warning_id = :w", id).get(0))
        .containsEntry("STATUS", "ANSWERED").containsEntry("FEEDBACK", "本村无险情").containsEntry("ANSWERED_BY_NAME", sms.get(0).name());
    assertThat(rows("select status from warning_call where id = " + callC + " and warning_id = :w", id).get(0)).containsEntry("STATUS", "WAITING");
    assertThat(deadlines.find(Callouts.KIND, Callouts.ref(id, callA, 0)).orElseThrow().status()).isEqualTo(Deadlines.Status.CANCELLED);
    assertThat(deadlines.find(Callouts.KIND, Callouts.ref(id, callB, 0)).orElseThrow().status()).isEqualTo(Deadlines.Status.CANCELLED);
    assertThat(deadlines.find(Callouts.KIND, Callouts.ref(id, callC, 0)).orElseThrow().status()).isEqualTo(Deadlines.Status.PENDING);
    assertThat(jdbc.sql("select action from platform_audit_log where entity_type = 'warning.call' and entity_id = :c order by id")
        .param("c", String.valueOf(callA)).query(String.class).list()).containsExactly("answer", "feedback");
    assertThat(jdbc.sql("select actor from platform_audit_log where entity_type = 'warning.call' and entity_id = :c")
        .param("c", String.valueOf(callB)).query(String.class).list()).containsExactly("link:" + sms.get(1).name());
  }

  @Test
  void many_people_clicking_at_once_are_all_answered_through_the_groups() throws Exception {
    long id = issue("ORANGE", SHUANGJIANG);
    List<String> tokens = smsOf(id).stream().map(this::token).toList();
    assertThat(tokens.size()).isGreaterThan(20);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<CalloutDesk.AnswerPage>> pages = new java.util.ArrayList<>();
      for (String t : tokens) {
        pages.add(pool.submit(() -> groups.answer(t, null)));
      }
      pages.add(pool.submit(() -> groups.answer(tokens.get(0), "第二次点击")));
      for (java.util.concurrent.Future<CalloutDesk.AnswerPage> page : pages) {
        assertThat(page.get(30, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(Call.Status.ANSWERED);
      }
      assertThatThrownBy(() -> groups.answer("not-a-real-token-at-all-yyyyyyyyyy", null))
          .isInstanceOf(org.anlan.shared.NotFoundException.class);
    } finally {
      pool.shutdown();
    }
    assertThat(count("select count(*) from warning_call where warning_id = :w and status = 'ANSWERED'", id)).isEqualTo(tokens.size());
    assertThat(count("select count(*) from warning_call where warning_id = :w and feedback = '第二次点击'", id)).isEqualTo(1);
  }

  @Test
  void the_logged_in_secretary_answers_in_the_web_and_staff_record_a_phone_answer_within_their_scope() throws Exception {
    long id = issue("YELLOW", WULI);
    call(get("/api/v1/callouts/mine"), "shuangjiang-wuli").andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.warningId == " + id + ")]").value(org.hamcrest.Matchers.hasSize(1)));
    call(post("/api/v1/warnings/" + id + "/answer").contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": \"已组织转移 35 人\"}"),
        "shuangjiang-wuli").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("ANSWERED")).andExpect(jsonPath("$[0].answerChannel").value("WEB"))
        .andExpect(jsonPath("$[0].feedback").value("已组织转移 35 人"));
    call(get("/api/v1/callouts/mine"), "shuangjiang-wuli")
        .andExpect(jsonPath("$[?(@.warningId == " + id + ")]").value(org.hamcrest.Matchers.hasSize(0)));
    call(post("/api/v1/warnings/" + id + "/answer"), "admin").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("warning.answer-no-person"));

    long grid = ((Number) rows("select id from warning_call where warning_id = :w and role like '网格员%'", id).get(0).get("ID")).longValue();
    call(post("/api/v1/warnings/" + id + "/calls/" + grid + "/answer"), "baizi").andExpect(status().isForbidden());
    call(post("/api/v1/warnings/" + id + "/calls/" + grid + "/answer"), "leader").andExpect(status().isForbidden());
    call(post("/api/v1/warnings/" + id + "/calls/" + grid + "/answer").contentType(MediaType.APPLICATION_JSON)
        .content("{\"feedback\": \"电话确认\"}"), "shuangjiang").andExpect(status().isOk())
        .andExpect(jsonPath("$.answerChannel").value("PHONE")).andExpect(jsonPath("$.recordedBy").value("shuangjiang"));
    call(post("/api/v1/warnings/" + id + "/calls/999999/answer"), "shuangjiang").andExpect(status().isNotFound());
  }

  @Test
  void an_sms_reply_answers_the_newest_open_call_that_reached_the_number() throws Exception {
    long id = issue("BLUE", WULI);
    CalloutMessage sms = smsOf(id).get(0);
    clock.plusMinutes(2);
    Integer answered = tx.execute(s -> callouts.reply("+86 " + sms.mobile(), "收到，本村无险情", clock.instant(), null));
    assertThat(answered).isEqualTo(1);
    long callId = callOf(sms);
    Map<String, Object> row = rows("select * from warning_call where id = " + callId + " and warning_id = :w", id).get(0);
    assertThat(row.get("STATUS")).isEqualTo("ANSWERED");
    assertThat(row.get("ANSWER_CHANNEL")).isEqualTo("SMS");
    assertThat(row.get("FEEDBACK")).isEqualTo("收到，本村无险情");
    Integer none = tx.execute(s -> callouts.reply("13000000000", "?", clock.instant(), null));
    assertThat(none).isZero();
  }

  @Test
  void the_confirm_key_in_the_voice_call_answers_the_call_it_was_made_for() throws Exception {
    long id = issue("ORANGE", WULI);
    Map<String, Object> secretary = rows("select * from warning_call where warning_id = :w and role like '村社书记%'", id).get(0);
    long callId = ((Number) secretary.get("id")).longValue();
    advance(10); // RESEND by voice
    CalloutMessage voice = sender.of(id).stream().filter(m -> m.correlation().startsWith("warning:" + id + ":call:" + callId + ":step:1:"))
        .filter(m -> m.channel() == CalloutChannel.VOICE).findFirst().orElseThrow();
    assertThat(voice.text()).contains("确认收到请按1");
    assertThat(tx.<Integer>execute(s -> callouts.keyed(voice.mobile(), "9", clock.instant(), voice.correlation()))).isZero(); // not the confirm key
    Integer answered = tx.execute(s -> callouts.keyed(voice.mobile(), "1", clock.instant(), voice.correlation()));
    assertThat(answered).isEqualTo(1);
    Map<String, Object> row = rows("select * from warning_call where id = " + callId + " and warning_id = :w", id).get(0);
    assertThat(row.get("STATUS")).isEqualTo("ANSWERED");
    assertThat(row.get("ANSWER_CHANNEL")).isEqualTo("VOICE");
    assertThat(row.get("FEEDBACK")).isNull();
    // the only call answered is the one the voice message was for; pressing again answers nothing more
    assertThat(count("select count(*) from warning_call where status = 'ANSWERED' and warning_id = :w", id)).isEqualTo(1);
    assertThat(tx.<Integer>execute(s -> callouts.keyed(voice.mobile(), "1", clock.instant(), voice.correlation()))).isZero();
  }

  @Test
  void a_step_fired_twice_sends_nobody_anything_twice() throws Exception {
    long id = issue("ORANGE", WULI);
    long callId = ((Number) rows("select id from warning_call where warning_id = :w", id).get(0).get("ID")).longValue();
    clock.plusMinutes(10);
    org.anlan.platform.Deadline due = new org.anlan.platform.Deadline(0, Callouts.KIND, Callouts.ref(id, callId, 0), clock.instant(), null, 0);
    tx.executeWithoutResult(s -> callouts.handle(due));
    tx.executeWithoutResult(s -> callouts.handle(due)); // a redelivery: the call has moved on
    assertThat(count("select count(*) from warning_call_step where call_id = " + callId + " and step = 1 and warning_id = :w", id)).isEqualTo(1);
    assertThat(sender.of(id).stream().filter(m -> m.correlation().startsWith("warning:" + id + ":call:" + callId + ":step:1:"))).hasSize(1);
  }

  @Test
  void an_update_opens_a_new_round_and_a_lift_closes_it_and_old_links_stop_answering() throws Exception {
    long id = issue("YELLOW", WULI);
    CalloutMessage first = smsOf(id).get(0);
    call(post("/api/v1/warnings/" + id + "/update").contentType(MediaType.APPLICATION_JSON).content(WarningWebTests.warning("ORANGE", WULI)),
        "admin").andExpect(status().isOk());
    assertThat(count("select count(*) from warning_call where warning_id = :w and round = 1 and status = 'CLOSED'", id))
        .isEqualTo(count("select count(*) from warning_call where warning_id = :w and round = 2 and status = 'WAITING'", id));
    mvc.perform(post("/api/v1/answers/" + token(first))).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("warning.call-closed"));

    call(post("/api/v1/warnings/" + id + "/lift").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"降雨结束\"}"), "admin")
        .andExpect(status().isOk());
    assertThat(count("select count(*) from warning_call where warning_id = :w and status <> 'CLOSED'", id)).isZero();
    List<CalloutMessage> lifted = sender.of(id).stream().filter(m -> m.correlation().contains(":lift:2:")).toList();
    assertThat(lifted).hasSize(2 * (int) count("select count(*) from warning_call where round = 2 and warning_id = :w", id))
        .allSatisfy(m -> {
          assertThat(m.text()).contains("已解除：降雨结束");
          assertThat(m.answerLink()).isNull();
        });
    assertThat(deadlines.list(Callouts.KIND).stream().filter(d -> d.ref().startsWith(id + ":"))
        .noneMatch(d -> d.status() == Deadlines.Status.PENDING)).isTrue();
    call(get("/api/v1/warnings/" + id + "/board"), "admin").andExpect(jsonPath("$.round").value(2))
        .andExpect(jsonPath("$.counts.closed").value(org.hamcrest.Matchers.greaterThan(0)));
  }

  @Test
  void a_town_officer_sees_only_their_town_on_the_board_of_a_district_warning() throws Exception {
    long id = issue("BLUE", "500152000000");
    String board = call(get("/api/v1/warnings/" + id + "/board"), "baizi").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<String> towns = JsonPath.read(board, "$.towns[*].code");
    assertThat(towns).containsOnly("500152113000");
    String all = call(get("/api/v1/warnings/" + id + "/board"), "duty").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat((List<String>) JsonPath.read(all, "$.towns[*].code")).hasSizeGreaterThan(20);
  }

  @Test
  void the_analysis_counts_answers_times_escalations_and_channels_and_exports_them_to_excel() throws Exception {
    long id = issue("ORANGE", WULI);
    List<CalloutMessage> sms = smsOf(id);
    int total = sms.size();
    clock.plusMinutes(2);
    mvc.perform(post("/api/v1/answers/" + token(sms.get(0)))).andExpect(status().isOk());
    clock.plusMinutes(2);
    mvc.perform(post("/api/v1/answers/" + token(sms.get(1)))).andExpect(status().isOk());
    advance(6); // 10 min: the others escalate to RESEND
    String report = call(get("/api/v1/callouts/analysis").param("warning", String.valueOf(id)), "admin").andExpect(status().isOk())
        .andExpect(jsonPath("$.overall.calls").value(total))
        .andExpect(jsonPath("$.overall.answered").value(2))
        .andExpect(jsonPath("$.overall.answeredInFirstStep").value(2))
        .andExpect(jsonPath("$.overall.medianSeconds").value(120))
        .andExpect(jsonPath("$.overall.p90Seconds").value(240))
        .andExpect(jsonPath("$.overall.escalated").value(total - 2))
        .andExpect(jsonPath("$.escalations.RESEND").value(total - 2))
        .andExpect(jsonPath("$.answerChannels.LINK").value(2))
        .andExpect(jsonPath("$.byLevel[0].key").value("ORANGE"))
        .andReturn().getResponse().getContentAsString();
    List<String> roles = JsonPath.read(report, "$.byRole[*].key");
    assertThat(roles).contains("村社书记", "网格员");
    assertThat((Integer) JsonPath.read(report, "$.channels.SMS.QUEUED")).isEqualTo(total);

    byte[] xlsx = call(get("/api/v1/callouts/analysis.xlsx").param("warning", String.valueOf(id)), "admin").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("汇总").getRow(1).getCell(3).getStringCellValue()).isEqualTo("2");
      assertThat(book.getSheet("明细").getLastRowNum()).isEqualTo(total);
    }
    call(get("/api/v1/callouts/analysis").param("from", "2030-07-02T00:00:00Z").param("to", "2030-07-01T00:00:00Z"), "admin")
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("warning.analysis-period-invalid"));
    String town = call(get("/api/v1/callouts/analysis").param("from", "2030-06-30T00:00:00Z").param("to", "2030-07-02T00:00:00Z"), "baizi")
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<String> towns = JsonPath.read(town, "$.byTown[*].key");
    assertThat(towns).doesNotContain("双江镇").allMatch(t -> t.equals("柏梓镇") || t.equals("all"));
  }

  @Test
  void an_alarm_where_the_policy_says_so_is_issued_at_once_and_elsewhere_waits_as_a_draft_the_duty_officer_is_told_of() throws Exception {
    long alarm = 880000 + (System.nanoTime() % 10000);
    String village = "500152110001"; // in 双江镇 (orange and up issued at once), not 五里 (red only)
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm, "TN-RG-01", "双江雨量站", "rain", "rain", village, 1L, "暴雨",
        org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 60.0));
    Map<String, Object> issued = jdbc.sql("select * from warning_warning where alarm_id = :a").param("a", alarm).query().singleRow();
    long id = ((Number) issued.get("ID")).longValue();
    assertThat(issued.get("STATUS")).isEqualTo("ISSUED");
    assertThat(issued.get("APPROVED_BY")).isEqualTo("policy:auto-issue@500152110000");
    assertThat(count("select count(*) from warning_call where warning_id = :w", id)).isPositive();
    assertThat(sender.of(id)).anyMatch(m -> m.personId() == CalloutTestConfig.DUTY_PERSON && m.text().contains("已按策略直接发布"));

    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm + 1, "TN-RG-02", "五里雨量站", "rain", "rain", WULI, 1L, "暴雨",
        org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 60.0));
    Map<String, Object> draft = jdbc.sql("select * from warning_warning where alarm_id = :a").param("a", alarm + 1).query().singleRow();
    long draftId = ((Number) draft.get("ID")).longValue();
    assertThat(draft.get("STATUS")).isEqualTo("DRAFT");
    assertThat(sender.of(draftId)).allSatisfy(m ->
        assertThat(m.text()).contains("监测告警生成预警草稿").contains("https://anlan.test/#/warning/warnings/" + draftId));
    assertThat(sender.of(draftId)).filteredOn(m -> m.personId() == CalloutTestConfig.DUTY_PERSON)
        .extracting(CalloutMessage::channel).containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS);
    assertThat(count("select count(*) from warning_call where warning_id = :w", draftId)).isZero();
  }

  @Test
  void a_storms_many_alarm_drafts_reach_the_duty_officer_in_app_each_and_by_sms_once_per_draft_sms_every() throws Exception {
    clock.set(CalloutTestConfig.T0.plus(java.time.Duration.ofDays(40)));
    long alarm = 890000 + (System.nanoTime() % 10000);
    // three towns (上和镇, and the next two), so three drafts
    long first = draftFromAlarm(alarm, "TN-RG-11", "500152101001");
    clock.plusMinutes(1);
    long second = draftFromAlarm(alarm + 1, "TN-RG-12", "500152102001");
    clock.plusMinutes(10); // draft-sms-every (10 min) after the first SMS
    long third = draftFromAlarm(alarm + 2, "TN-RG-13", "500152103001");
    assertThat(dutyChannels(first)).containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS);
    assertThat(dutyChannels(second)).containsExactly(CalloutChannel.IN_APP);
    assertThat(dutyChannels(third)).containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS);
    assertThat(sender.of(third)).filteredOn(m -> m.personId() == CalloutTestConfig.DUTY_PERSON && m.channel() == CalloutChannel.SMS)
        .singleElement().satisfies(m -> assertThat(m.text()).containsPattern("另有 \\d+ 条告警预警草稿待处理"));
    assertThat(sender.of(second)).allSatisfy(m -> assertThat(m.text()).contains("https://anlan.test/#/warning/warnings/" + second));
  }

  @Test
  void a_towns_further_alarms_join_its_waiting_draft_which_grows_its_areas_and_rises_with_them() throws Exception {
    clock.set(CalloutTestConfig.T0.plus(java.time.Duration.ofDays(50)));
    long alarm = 900000 + (System.nanoTime() % 10000);
    String village = "500152104001";
    String sibling = "500152104002";
    long draft = draftFromAlarm(alarm, "TN-RG-21", village);
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm + 1, "TN-RG-22", "TN-RG-22雨量站", "rain", "rain", sibling, 1L, "暴雨",
        org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 70.0));
    drafts.handle(new org.anlan.monitoring.AlarmLevelChanged(alarm + 1, "TN-RG-22", "rain", sibling,
        org.anlan.monitoring.AlarmLevel.ORANGE, org.anlan.monitoring.AlarmLevel.RED, clock.instant(), 110.0));
    // another town, and another warning type in the same town: drafts of their own
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm + 2, "TN-RG-23", "TN-RG-23雨量站", "rain", "rain", "500152107001", 1L,
        "暴雨", org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 60.0));
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm + 3, "TN-WL-24", "TN-WL-24水位站", "level", "level", sibling, 3L, "水位",
        org.anlan.monitoring.AlarmLevel.YELLOW, clock.instant(), 3.2));

    Map<String, Object> merged = jdbc.sql("select * from warning_warning where id = :id").param("id", draft).query().singleRow();
    assertThat(merged.get("STATUS")).isEqualTo("DRAFT");
    assertThat(merged.get("LEVEL")).as("risen with the merged alarm's level change").isEqualTo("RED");
    assertThat((String) merged.get("AREA_CODES")).contains(village).contains(sibling);
    assertThat((String) merged.get("TITLE")).isEqualTo("暴雨红色预警：TN-RG-21雨量站等2站");
    assertThat((String) merged.get("BODY")).contains("TN-RG-22", "并入本草稿");
    assertThat(jdbc.sql("select warning_id from warning_alarm_link where alarm_id = :a").param("a", alarm + 1).query(Long.class).single())
        .isEqualTo(draft);
    assertThat(jdbc.sql("select count(*) from warning_warning where alarm_id in (:a, :b)").param("a", alarm + 2).param("b", alarm + 3)
        .query(Long.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("select action from platform_audit_log where entity_type = 'warning.warning' and entity_id = :id")
        .param("id", String.valueOf(draft)).query(String.class).list()).contains("create", "alarm-merged", "alarm-level");
    // the duty officer heard of the merge and of the rise in-app
    assertThat(sender.of(draft)).filteredOn(m -> m.personId() == CalloutTestConfig.DUTY_PERSON && m.channel() == CalloutChannel.IN_APP)
        .extracting(CalloutMessage::text).anyMatch(t -> t.contains("新告警并入预警草稿")).anyMatch(t -> t.contains("升至红色"));

    // further merges within merge-notice-every (1 min) add their stations without another notice; the next minute's do
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm + 4, "TN-RG-25", "TN-RG-25雨量站", "rain", "rain", sibling, 1L, "暴雨",
        org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 65.0));
    clock.plusMinutes(1);
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm + 5, "TN-RG-26", "TN-RG-26雨量站", "rain", "rain", village, 1L, "暴雨",
        org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 66.0));
    assertThat(jdbc.sql("select title from warning_warning where id = :id").param("id", draft).query(String.class).single())
        .isEqualTo("暴雨红色预警：TN-RG-21雨量站等4站");
    assertThat(sender.of(draft)).filteredOn(m -> m.personId() == CalloutTestConfig.DUTY_PERSON && m.channel() == CalloutChannel.IN_APP)
        .filteredOn(m -> m.text().contains("新告警并入预警草稿")).hasSize(2);
  }

  @Test
  void a_group_of_alarm_events_changes_each_draft_once_with_one_audit_line_and_one_notice() {
    clock.set(CalloutTestConfig.T0.plus(java.time.Duration.ofDays(60)));
    long alarm = 910000 + (System.nanoTime() % 10000);
    String village = "500152108001"; // 米心镇
    String sibling = "500152108002";
    var orange = org.anlan.monitoring.AlarmLevel.ORANGE;
    drafts.handleAll(List.of(
        new org.anlan.monitoring.AlarmRaised(alarm, "TN-RG-31", "TN-RG-31雨量站", "rain", "rain", village, 1L, "暴雨", orange, clock.instant(), 60.0),
        new org.anlan.monitoring.AlarmRaised(alarm + 1, "TN-RG-32", "TN-RG-32雨量站", "rain", "rain", sibling, 1L, "暴雨", orange,
            clock.instant(), 61.0),
        new org.anlan.monitoring.AlarmLevelChanged(alarm + 1, "TN-RG-32", "rain", sibling, orange, org.anlan.monitoring.AlarmLevel.RED,
            clock.instant(), 101.0),
        new org.anlan.monitoring.AlarmRaised(alarm + 2, "TN-RG-33", "TN-RG-33雨量站", "rain", "rain", village, 1L, "暴雨", orange,
            clock.instant(), 62.0)));

    Map<String, Object> draft = jdbc.sql("select * from warning_warning where alarm_id = :a").param("a", alarm).query().singleRow();
    long id = ((Number) draft.get("ID")).longValue();
    assertThat(draft.get("STATUS")).isEqualTo("DRAFT");
    assertThat(draft.get("LEVEL")).isEqualTo("RED");
    assertThat(draft.get("TITLE")).isEqualTo("暴雨红色预警：TN-RG-31雨量站等3站");
    assertThat((String) draft.get("AREA_CODES")).contains(village).contains(sibling);
    assertThat((String) draft.get("BODY")).contains("TN-RG-32", "TN-RG-33", "升至红色");
    assertThat(jdbc.sql("select count(*) from warning_alarm_link where warning_id = :id").param("id", id).query(Long.class).single())
        .isEqualTo(2);
    // one audit line, from nothing to the draft as the group left it
    assertThat(jdbc.sql("select action, after_json from platform_audit_log where entity_type = 'warning.warning' and entity_id = :id")
        .param("id", String.valueOf(id)).query().listOfRows())
        .singleElement().satisfies(row -> {
          assertThat(row.get("ACTION")).isEqualTo("create");
          assertThat(String.valueOf(row.get("AFTER_JSON"))).contains("RED", "TN-RG-33");
        });
    // and the duty officer heard of the new draft once, in-app (and by SMS, as draft-sms-every allows)
    assertThat(sender.of(id)).filteredOn(m -> m.personId() == CalloutTestConfig.DUTY_PERSON && m.channel() == CalloutChannel.IN_APP)
        .singleElement().satisfies(m -> assertThat(m.text()).contains("监测告警生成预警草稿", "红色"));
  }

  /** An orange rain alarm in a village (no auto-issue policy there): a draft. */
  long draftFromAlarm(long alarm, String station, String village) {
    drafts.handle(new org.anlan.monitoring.AlarmRaised(alarm, station, station + "雨量站", "rain", "rain", village, 1L, "暴雨",
        org.anlan.monitoring.AlarmLevel.ORANGE, clock.instant(), 60.0));
    Map<String, Object> draft = jdbc.sql("select * from warning_warning where alarm_id = :a").param("a", alarm).query().singleRow();
    assertThat(draft.get("STATUS")).isEqualTo("DRAFT");
    return ((Number) draft.get("ID")).longValue();
  }

  List<CalloutChannel> dutyChannels(long warningId) {
    return sender.of(warningId).stream().filter(m -> m.personId() == CalloutTestConfig.DUTY_PERSON).map(CalloutMessage::channel).toList();
  }
}
