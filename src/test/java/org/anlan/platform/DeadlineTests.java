package org.anlan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one scheduler on H2 with a pinned, movable clock: idempotent scheduling, firing once in due
 * order, cancelling, retries with back-off ending FAILED without blocking others, unknown kinds,
 * a handler that dies after its database work (rolled back, fired again, one effect), and the
 * thread stopping and starting again.
 */
@SpringBootTest(properties = {"anlan.platform.scheduler.enabled=false", "anlan.platform.scheduler.max-attempts=3",
    "anlan.platform.scheduler.retry-delay=1m"})
class DeadlineTests {

  static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

  @Autowired Deadlines deadlines;
  @Autowired DeadlineRunner runner;
  @Autowired JdbcClient jdbc;
  @Autowired PinnedClock clock;
  @Autowired Handlers handlers;
  @Autowired PlatformTransactionManager transactions;
  @Autowired List<DeadlineHandler> allHandlers;

  String p;

  @BeforeEach
  void setUp() {
    jdbc.sql("create table if not exists test_deadline_effect (ref varchar(200) not null)").update();
    clock.set(T0);
    runner.fireDue(); // leftovers of other tests out of the way
    p = UUID.randomUUID() + "/";
  }

  @Test
  void schedulingTheSameStepTwiceIsOneRow() {
    assertThat(deadlines.schedule("test.record", p + "a", T0.plusSeconds(60), "{\"n\":1}")).isTrue();
    assertThat(deadlines.schedule("test.record", p + "a", T0.plusSeconds(600), "{\"n\":2}")).isFalse();
    assertThat(jdbc.sql("select count(*) from platform_deadline where ref = :ref").param("ref", p + "a").query(Integer.class).single()).isEqualTo(1);
    assertThat(deadlines.find("test.record", p + "a")).hasValueSatisfying(s -> {
      assertThat(s.dueAt()).isEqualTo(T0.plusSeconds(60));
      assertThat(s.status()).isEqualTo(Deadlines.Status.PENDING);
    });
    assertThat(jdbc.sql("select payload from platform_deadline where ref = :ref").param("ref", p + "a").query(String.class).single()).isEqualTo("{\"n\":1}");
  }

  @Test
  void schedulingManyAtOnceWritesThemInFewStatementsAndCountsOnlyTheNewOnes() {
    Instant later = T0.plus(Duration.ofDays(3650)); // never due while the other tests move the clock
    deadlines.schedule("test.record", p + "m7", later, "first");
    List<Deadlines.Step> steps = java.util.stream.IntStream.range(0, 1234)
        .mapToObj(i -> new Deadlines.Step(p + "m" + i, later.plusSeconds(600 + i), i % 2 == 0 ? null : "{\"i\":" + i + "}")).toList();
    assertThat(deadlines.scheduleAll("test.record", steps)).isEqualTo(1233); // more rows than one statement holds; m7 existed
    assertThat(jdbc.sql("select count(*) from platform_deadline where ref like :p").param("p", p + "m%").query(Integer.class).single())
        .isEqualTo(1234);
    assertThat(jdbc.sql("select payload from platform_deadline where ref = :r").param("r", p + "m7").query(String.class).single())
        .isEqualTo("first");
    assertThat(deadlines.find("test.record", p + "m1233")).hasValueSatisfying(s -> assertThat(s.dueAt()).isEqualTo(later.plusSeconds(1833)));
    assertThat(deadlines.find("test.record", p + "m8").orElseThrow().status()).isEqualTo(Deadlines.Status.PENDING);
    assertThat(deadlines.cancelEach("test.record", List.of(p + "m8", p + "m9", p + "nothing"))).isEqualTo(2);
    assertThat(deadlines.find("test.record", p + "m9").orElseThrow().status()).isEqualTo(Deadlines.Status.CANCELLED);
    assertThat(deadlines.cancelAll("test.record", p + "m")).isEqualTo(1232);
  }

  @Test
  void dueDeadlinesFireOnceInDueOrderAndFutureOnesWait() {
    deadlines.schedule("test.record", p + "b", T0.minusSeconds(60), "second");
    deadlines.schedule("test.record", p + "a", T0.minusSeconds(180), "first");
    deadlines.schedule("test.record", p + "c", T0, "third");
    deadlines.schedule("test.record", p + "later", T0.plus(Duration.ofHours(1)), null);

    assertThat(runner.fireDue()).isEqualTo(3);
    assertThat(runner.fireDue()).isZero();
    assertThat(handlers.fired(p)).containsExactly(p + "a", p + "b", p + "c");
    assertThat(handlers.payloads).containsEntry(p + "a", "first");
    assertThat(effects(p)).isEqualTo(3);
    assertThat(deadlines.find("test.record", p + "a").orElseThrow().status()).isEqualTo(Deadlines.Status.DONE);
    assertThat(deadlines.find("test.record", p + "later").orElseThrow().status()).isEqualTo(Deadlines.Status.PENDING);

    clock.set(T0.plus(Duration.ofHours(1)));
    assertThat(runner.fireDue()).isEqualTo(1);
    assertThat(handlers.fired(p)).containsExactly(p + "a", p + "b", p + "c", p + "later");
    assertThat(effects(p)).isEqualTo(4);
  }

  @Test
  void cancelledStepsDoNotFire() {
    deadlines.schedule("test.record", p + "w1/escalate", T0, null);
    deadlines.schedule("test.record", p + "w1/report", T0, null);
    deadlines.schedule("test.record", p + "w_/x", T0, null);
    deadlines.schedule("test.record", p + "wx/x", T0, null);
    deadlines.schedule("test.record", p + "keep", T0, null);

    assertThat(deadlines.cancel("test.record", p + "keep-not-there")).isFalse();
    assertThat(deadlines.cancelAll("test.record", p + "w1/")).isEqualTo(2);
    assertThat(deadlines.cancelAll("test.record", p + "w_/")).as("_ is not a wildcard").isEqualTo(1);
    runner.fireDue();

    assertThat(handlers.fired(p)).containsExactlyInAnyOrder(p + "wx/x", p + "keep");
    assertThat(deadlines.find("test.record", p + "w1/report").orElseThrow().status()).isEqualTo(Deadlines.Status.CANCELLED);
    assertThat(deadlines.cancel("test.record", p + "keep")).as("done already").isFalse();
  }

  @Test
  void aFailingHandlerIsRetriedWithBackOffThenFailsWithoutBlockingOthers() {
    deadlines.schedule("test.flaky", p + "x", T0, null);
    deadlines.schedule("test.record", p + "y", T0, null);

    assertThat(runner.fireDue()).isEqualTo(2);
    assertThat(handlers.fired(p)).containsExactly(p + "y");
    Deadlines.State first = deadlines.find("test.flaky", p + "x").orElseThrow();
    assertThat(first.status()).isEqualTo(Deadlines.Status.PENDING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(first.lastError()).contains("flaky handler broke");
    assertThat(runner.fireDue()).as("not again before the back-off").isZero();

    clock.set(T0.plus(Duration.ofMinutes(1)));
    runner.fireDue();
    assertThat(deadlines.find("test.flaky", p + "x").orElseThrow().dueAt()).as("back-off doubles").isEqualTo(T0.plus(Duration.ofMinutes(3)));
    clock.set(T0.plus(Duration.ofMinutes(3)));
    runner.fireDue();
    Deadlines.State last = deadlines.find("test.flaky", p + "x").orElseThrow();
    assertThat(last.status()).isEqualTo(Deadlines.Status.FAILED);
    assertThat(last.attempts()).isEqualTo(3);
    assertThat(handlers.flakyCalls.get(p + "x")).isEqualTo(3);
    assertThat(effects(p)).as("the flaky handler's writes were rolled back each time").isEqualTo(1);

    clock.set(T0.plus(Duration.ofDays(1)));
    runner.fireDue();
    assertThat(handlers.flakyCalls.get(p + "x")).isEqualTo(3);
  }

  @Test
  void aKindNobodyHandlesFailsAtOnce() {
    deadlines.schedule("test.nobody", p + "z", T0, null);
    deadlines.schedule("test.record", p + "ok", T0, null);
    runner.fireDue();
    Deadlines.State state = deadlines.find("test.nobody", p + "z").orElseThrow();
    assertThat(state.status()).isEqualTo(Deadlines.Status.FAILED);
    assertThat(state.lastError()).contains("no deadline handler for kind 'test.nobody'");
    assertThat(handlers.fired(p)).containsExactly(p + "ok");
  }

  @Test
  void aCrashAfterTheHandlersWorkRollsItBackAndItFiresAgainWithOneEffect() {
    deadlines.schedule("test.crash", p + "k", T0, null);
    runner.fireDue();
    assertThat(handlers.crashCalls.get(p + "k")).isEqualTo(1);
    assertThat(effects(p)).as("the work done before the crash was rolled back").isZero();
    assertThat(deadlines.find("test.crash", p + "k").orElseThrow().status()).isEqualTo(Deadlines.Status.PENDING);

    clock.set(T0.plus(Duration.ofMinutes(1)));
    runner.fireDue();
    runner.fireDue();
    assertThat(handlers.crashCalls.get(p + "k")).isEqualTo(2);
    assertThat(effects(p)).isEqualTo(1);
    assertThat(deadlines.find("test.crash", p + "k").orElseThrow().status()).isEqualTo(Deadlines.Status.DONE);
  }

  @Test
  void theThreadFiresDueDeadlinesAndStartsAgainAfterAStop() {
    DeadlineRunner threaded = new DeadlineRunner(jdbc, clock,
        new SchedulerProperties(true, Duration.ofMillis(20), 10, 3, Duration.ofMinutes(1), "test-node"), transactions, allHandlers);
    try {
      threaded.start();
      assertThat(threaded.isRunning()).isTrue();
      deadlines.schedule("test.record", p + "1", T0, null);
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> handlers.fired(p).size() == 1);
      threaded.stop();
      assertThat(threaded.isRunning()).isFalse();

      deadlines.schedule("test.record", p + "2", T0, null);
      threaded.start();
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> handlers.fired(p).size() == 2);
      assertThat(jdbc.sql("select claimed_by from platform_deadline where ref = :ref").param("ref", p + "2").query(String.class).single())
          .isEqualTo("test-node");
    } finally {
      threaded.stop();
    }
    assertThat(handlers.fired(p)).containsExactly(p + "1", p + "2");
  }

  int effects(String prefix) {
    return jdbc.sql("select count(*) from test_deadline_effect where ref like :p").param("p", prefix + "%").query(Integer.class).single();
  }

  /** A clock the tests move; the runner thread reads it too. */
  static final class PinnedClock extends org.anlan.MovableClock {
    PinnedClock() {
      super(T0);
    }
  }

  /** Test handlers: each writes one effect row; flaky always throws after writing; crash throws after writing on its first call. */
  static final class Handlers {
    final List<String> fired = new CopyOnWriteArrayList<>();
    final Map<String, String> payloads = new ConcurrentHashMap<>();
    final Map<String, Integer> flakyCalls = new ConcurrentHashMap<>();
    final Map<String, Integer> crashCalls = new ConcurrentHashMap<>();

    List<String> fired(String prefix) {
      return fired.stream().filter(r -> r.startsWith(prefix)).toList();
    }
  }

  @TestConfiguration
  static class Config {

    @Bean
    @Primary
    PinnedClock pinnedClock() {
      return new PinnedClock();
    }

    @Bean
    Handlers handlers() {
      return new Handlers();
    }

    @Bean
    DeadlineHandler recordHandler(JdbcClient jdbc, Handlers handlers) {
      return handler("test.record", d -> {
        jdbc.sql("insert into test_deadline_effect (ref) values (:ref)").param("ref", d.ref()).update();
        handlers.fired.add(d.ref());
        if (d.payload() != null) {
          handlers.payloads.put(d.ref(), d.payload());
        }
      });
    }

    @Bean
    DeadlineHandler flakyHandler(JdbcClient jdbc, Handlers handlers) {
      return handler("test.flaky", d -> {
        handlers.flakyCalls.merge(d.ref(), 1, Integer::sum);
        jdbc.sql("insert into test_deadline_effect (ref) values (:ref)").param("ref", d.ref()).update();
        throw new IllegalStateException("flaky handler broke");
      });
    }

    @Bean
    DeadlineHandler crashHandler(JdbcClient jdbc, Handlers handlers) {
      return handler("test.crash", d -> {
        int call = handlers.crashCalls.merge(d.ref(), 1, Integer::sum);
        jdbc.sql("insert into test_deadline_effect (ref) values (:ref)").param("ref", d.ref()).update();
        if (call == 1) {
          throw new IllegalStateException("node died before commit");
        }
      });
    }

    static DeadlineHandler handler(String kind, java.util.function.Consumer<Deadline> work) {
      return new DeadlineHandler() {
        @Override
        public String kind() {
          return kind;
        }

        @Override
        public void handle(Deadline deadline) {
          work.accept(deadline);
        }
      };
    }
  }

}
