package org.anlan.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.anlan.directory.ResponsibilityRole;
import org.anlan.platform.DeadlineRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cascade in the issue's own order — in-app first, no answer: SMS, still none: a voice call, then the AB岗 deputy,
 * then the superior and the duty officer — set by configuration alone: {@code steps=NOTICE,RESEND,RESEND,DEPUTY,SUPERIOR}
 * with {@code channels.NOTICE=IN_APP}, {@code step-channels.1=SMS}, {@code step-channels.2=VOICE}.
 */
@SpringBootTest(properties = {"anlan.platform.scheduler.enabled=false", "anlan.warning.callout.link-base=https://anlan.test",
    "anlan.warning.callout.steps=NOTICE,RESEND,RESEND,DEPUTY,SUPERIOR", "anlan.warning.callout.channels.NOTICE=IN_APP",
    "anlan.warning.callout.step-channels.1=SMS", "anlan.warning.callout.step-channels.2=VOICE"})
@AutoConfigureMockMvc
@Import(CalloutTestConfig.class)
@org.springframework.test.annotation.DirtiesContext
class CalloutLadderTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CalloutTestConfig.PinnedClock clock;
  @Autowired CalloutTestConfig.RecordingSender sender;
  @Autowired DeadlineRunner runner;

  void advance(long minutes) {
    clock.plusMinutes(minutes);
    while (runner.fireDue() > 0) {
      // fire everything due now
    }
  }

  @Test
  void an_unanswered_call_goes_in_app_then_sms_then_voice_then_deputy_then_superior() throws Exception {
    clock.set(CalloutTestConfig.T0);
    String body = mvc.perform(post("/api/v1/warnings").with(httpBasic("admin", WarningWebTests.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
        .content(WarningWebTests.warning("ORANGE", CalloutTests.WULI))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    mvc.perform(post("/api/v1/warnings/" + id + "/submit").with(httpBasic("admin", WarningWebTests.PASSWORD))).andExpect(status().isOk());
    mvc.perform(post("/api/v1/warnings/" + id + "/approve").with(httpBasic("admin", WarningWebTests.PASSWORD))).andExpect(status().isOk());
    long callId = jdbc.sql("select id from warning_call where warning_id = :w and role like '村社书记%'").param("w", id).query(Long.class).list().get(0);
    String prefix = "warning:" + id + ":call:" + callId + ":step:";

    assertThat(channelsOf(id, prefix + "0:")).containsExactly(CalloutChannel.IN_APP);
    advance(10);
    assertThat(channelsOf(id, prefix + "1:")).containsExactly(CalloutChannel.SMS);
    advance(10);
    assertThat(channelsOf(id, prefix + "2:")).containsExactly(CalloutChannel.VOICE);
    advance(10);
    assertThat(channelsOf(id, prefix + "3:")).containsExactlyInAnyOrder(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.VOICE);
    advance(10); // the superior and the duty officer: by message for the village's first silent call, merged for the rest
    assertThat(jdbc.sql("select count(*) from warning_call_step where call_id = :c and step = 4 and kind = 'SUPERIOR' and person_id <> 0")
        .param("c", callId).query(Long.class).single()).isPositive();
    assertThat(sender.of(id).stream().filter(m -> m.correlation().contains(":step:4:")).map(CalloutMessage::channel))
        .contains(CalloutChannel.IN_APP, CalloutChannel.SMS);
    assertThat(jdbc.sql("select kind from warning_call_step where call_id = :c and person_id <> 0 order by step, id").param("c", callId)
        .query(String.class).list()).startsWith("NOTICE", "RESEND", "RESEND", "DEPUTY", "SUPERIOR");
  }

  @Test
  void only_resend_may_repeat_and_step_channels_name_a_position_of_the_steps() {
    assertThatThrownBy(() -> properties(List.of(CalloutStep.NOTICE, CalloutStep.DEPUTY, CalloutStep.DEPUTY), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RESEND may repeat");
    assertThatThrownBy(() -> properties(List.of(CalloutStep.RESEND, CalloutStep.NOTICE), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> properties(List.of(CalloutStep.NOTICE, CalloutStep.RESEND), Map.of(2, List.of(CalloutChannel.SMS))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step-channels.2");
    CalloutProperties p = properties(List.of(CalloutStep.NOTICE, CalloutStep.RESEND, CalloutStep.RESEND), Map.of(1, List.of(CalloutChannel.SMS)));
    assertThat(p.channelsAt(1)).containsExactly(CalloutChannel.SMS);
    assertThat(p.channelsAt(2)).containsExactly(CalloutChannel.VOICE); // RESEND's own default
    assertThat(p.channelsAt(0)).containsExactly(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.EMAIL);
  }

  static CalloutProperties properties(List<CalloutStep> steps, Map<Integer, List<CalloutChannel>> stepChannels) {
    return new CalloutProperties(null, steps, null, stepChannels, List.of(ResponsibilityRole.TOWN_LEADER),
        List.of(ResponsibilityRole.DISTRICT_LEADER), Duration.ofMinutes(10), Duration.ofMinutes(10), List.of(CalloutChannel.IN_APP),
        "http://localhost", Duration.ofHours(48), "1");
  }

  List<CalloutChannel> channelsOf(long warningId, String correlationPrefix) {
    return sender.of(warningId).stream().filter(m -> m.correlation().startsWith(correlationPrefix)).map(CalloutMessage::channel).toList();
  }
}
