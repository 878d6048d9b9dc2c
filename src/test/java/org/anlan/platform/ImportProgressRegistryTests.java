package org.anlan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.anlan.platform.ImportProgress.Phase;
import org.anlan.platform.ImportProgress.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ImportProgressRegistryTests {

  LoginThrottleTests.MutableClock clock = new LoginThrottleTests.MutableClock(Instant.parse("2026-07-01T00:00:00Z"));
  ImportProgressRegistry registry = new ImportProgressRegistry(clock);
  String id = UUID.randomUUID().toString();

  @AfterEach
  void clearRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void anImportGoesThroughItsPhasesWithAPercentOfTheWhole() {
    ImportProgress progress = registry.start("duty", id);
    assertThat(progress.view()).isEqualTo(new View(Phase.RECEIVED, 0, 0, 0));
    progress.phase(Phase.READING, 0);
    assertThat(progress.view()).isEqualTo(new View(Phase.READING, 0, 0, 0));
    progress.phase(Phase.READING, 10_000);
    progress.advance(5_000);
    assertThat(progress.view()).isEqualTo(new View(Phase.READING, 5_000, 10_000, 25));
    progress.phase(Phase.CHECKING, 9_990);
    progress.advance(9_990);
    assertThat(progress.view()).isEqualTo(new View(Phase.CHECKING, 9_990, 9_990, 70));
    progress.phase(Phase.WRITING, 4_000);
    progress.advance(1_000);
    assertThat(progress.view()).isEqualTo(new View(Phase.WRITING, 1_000, 4_000, 77));
    progress.advance(5_000);
    assertThat(progress.view()).as("never past the total, and 100 % only when ended").isEqualTo(new View(Phase.WRITING, 4_000, 4_000, 99));
    progress.finish();
    assertThat(registry.find("duty", id).orElseThrow().view()).as("done counts the rows checked, not the records written")
        .isEqualTo(new View(Phase.DONE, 9_990, 9_990, 100));
  }

  @Test
  void aRefusedImportStaysWhereItStoppedAndIgnoresLaterReports() {
    ImportProgress progress = registry.start("duty", id);
    progress.phase(Phase.CHECKING, 20);
    progress.advance(7);
    progress.refuse();
    progress.phase(Phase.WRITING, 20);
    progress.advance(3);
    progress.finish();
    assertThat(progress.view()).isEqualTo(new View(Phase.REFUSED, 7, 20, 100));
  }

  @Test
  void importCodeCannotEndAnImportItself() {
    ImportProgress progress = registry.start("duty", id);
    assertThatThrownBy(() -> progress.phase(Phase.DONE, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> progress.phase(Phase.RECEIVED, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(progress.view().phase()).isEqualTo(Phase.RECEIVED);
  }

  @Test
  void aUserReadsOnlyTheirOwnImport() {
    registry.start("duty", id).phase(Phase.READING, 5);
    assertThat(registry.find("duty", id)).isPresent();
    assertThat(registry.find("shuangjiang", id)).isEmpty();
    assertThat(registry.find("duty", UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void twoUsersMayPickTheSameIdWithoutSeeingEachOther() {
    registry.start("duty", id).phase(Phase.READING, 5);
    registry.start("baizi", id).phase(Phase.WRITING, 9);
    assertThat(registry.find("duty", id).orElseThrow().view().phase()).isEqualTo(Phase.READING);
    assertThat(registry.find("baizi", id).orElseThrow().view().phase()).isEqualTo(Phase.WRITING);
  }

  @Test
  void anEntryIsForgottenTenMinutesAfterItsLastChange() {
    ImportProgress progress = registry.start("duty", id);
    progress.phase(Phase.READING, 100);
    clock.advance(Duration.ofMinutes(9));
    progress.advance(10);
    clock.advance(Duration.ofMinutes(9));
    assertThat(registry.find("duty", id)).as("a running import that still reports is kept").isPresent();
    progress.finish();
    clock.advance(Duration.ofMinutes(10));
    assertThat(registry.find("duty", id)).as("exactly ten minutes after done").isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(registry.find("duty", id)).isEmpty();
    assertThat(registry.size()).isZero();
  }

  @Test
  void idsAreUuidLikeAndLengthLimited() {
    assertThat(ImportProgressRegistry.validId(id)).isTrue();
    assertThat(ImportProgressRegistry.validId("import01")).isTrue();
    assertThat(ImportProgressRegistry.validId("a".repeat(64))).isTrue();
    assertThat(ImportProgressRegistry.validId("a".repeat(65))).isFalse();
    assertThat(ImportProgressRegistry.validId("short")).isFalse();
    assertThat(ImportProgressRegistry.validId("-leading-dash")).isFalse();
    assertThat(ImportProgressRegistry.validId("../../etc/passwd")).isFalse();
    assertThat(ImportProgressRegistry.validId("has space 123")).isFalse();
    assertThat(ImportProgressRegistry.validId(null)).isFalse();
    assertThatThrownBy(() -> registry.start("duty", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(registry.find("duty", "x")).isEmpty();
  }

  @Test
  void aUserKeepsAtMostTwentyEntriesDroppingTheOldestFinishedFirst() {
    String running = "running-import-0";
    registry.start("duty", running);
    for (int i = 1; i <= ImportProgressRegistry.PER_OWNER; i++) {
      clock.advance(Duration.ofSeconds(1));
      registry.start("duty", "finished-import-" + i).finish();
    }
    registry.start("baizi", id);
    assertThat(registry.size()).isEqualTo(ImportProgressRegistry.PER_OWNER + 1);
    assertThat(registry.find("duty", running)).as("still running, kept").isPresent();
    assertThat(registry.find("duty", "finished-import-1")).as("oldest finished, dropped").isEmpty();
    assertThat(registry.find("duty", "finished-import-2")).isPresent();
    assertThat(registry.find("baizi", id)).as("other users are not touched").isPresent();
  }

  @Test
  void theCurrentProgressIsTheOneBoundToTheRequestElseAnUntrackedOne() {
    assertThat(registry.current().view().phase()).isEqualTo(Phase.RECEIVED);
    MockHttpServletRequest request = new MockHttpServletRequest();
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    ImportProgress untracked = registry.current();
    untracked.phase(Phase.READING, 3);
    assertThat(registry.size()).isZero();

    ImportProgress bound = registry.start("duty", id);
    request.setAttribute(ImportProgressRegistry.ATTRIBUTE, bound);
    registry.current().phase(Phase.CHECKING, 3);
    assertThat(registry.find("duty", id).orElseThrow().view().phase()).isEqualTo(Phase.CHECKING);
  }
}
