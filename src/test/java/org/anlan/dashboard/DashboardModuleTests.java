package org.anlan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.directory.ResponsibilityAssigned;
import org.anlan.shared.AreaCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The dashboard builds its feed from directory's events alone, and a redelivery changes nothing. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DashboardModuleTests {

  @Autowired ResponsibilityChanges changes;

  @Test
  void anAssignmentEventAppearsInTheFeedOfItsTownOnly(Scenario scenario) {
    scenario.publish(new ResponsibilityAssigned(9_001, 42, "500152110002", "GRID_WORKER"))
        .andWaitForStateChange(() -> changes.recent(AreaCode.of("500152110000"), 10), list -> !list.isEmpty())
        .andVerify(list -> assertThat(list).extracting(ResponsibilityChanges.Change::assignmentId).contains(9_001L));
    assertThat(changes.recent(AreaCode.of("500152113000"), 10)).noneMatch(c -> c.assignmentId() == 9_001L);
  }

  @Test
  void aRedeliveredEventRewritesTheSameRow(Scenario scenario) {
    var event = new ResponsibilityAssigned(9_002, 43, "500152113002", "DISASTER_INFORMANT");
    scenario.publish(event).andWaitForStateChange(() -> changes.recent(AreaCode.of("500152113000"), 50), list -> !list.isEmpty());
    changes.on(event);
    assertThat(changes.recent(AreaCode.of("500152000000"), 50)).filteredOn(c -> c.assignmentId() == 9_002L).hasSize(1);
  }
}
