package org.anlan.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For the 叫应 unit tests: a pinned, movable clock; a {@link CalloutSender} that records what it is handed
 * (the real one, messaging, is exercised end to end elsewhere); and a duty roster of one person.
 */
@TestConfiguration
class CalloutTestConfig {

  static final Instant T0 = Instant.parse("2030-07-01T01:00:00Z");
  static final long DUTY_PERSON = 990001;

  @Bean
  @Primary
  PinnedClock pinnedClock() {
    return new PinnedClock();
  }

  @Bean
  @Primary
  RecordingSender recordingSender() {
    return new RecordingSender();
  }

  @Bean
  DutyOfficers testRoster() {
    return at -> List.of(new DutyOfficers.OnDuty(DUTY_PERSON, "值班员（测试）", "13999990001", null, "值班员"));
  }

  static final class PinnedClock extends org.anlan.MovableClock {
    PinnedClock() {
      super(T0);
    }
  }

  static final class RecordingSender implements CalloutSender {
    final List<CalloutMessage> queued = new CopyOnWriteArrayList<>();

    @Override
    public void queue(List<CalloutMessage> messages) {
      queued.addAll(messages);
    }

    @Override
    public List<CalloutDelivery> deliveries(Collection<String> prefixes) {
      List<CalloutDelivery> found = new ArrayList<>();
      for (CalloutMessage m : queued) {
        if (prefixes.stream().anyMatch(m.correlation()::startsWith)) {
          found.add(new CalloutDelivery(m.correlation(), m.channel(), CalloutDelivery.State.QUEUED, 0, T0, T0, null));
        }
      }
      return found;
    }

    List<CalloutMessage> of(long warningId) {
      return queued.stream().filter(m -> m.correlation().startsWith("warning:" + warningId + ":")).toList();
    }
  }
}
