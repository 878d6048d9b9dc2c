package org.anlan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.anlan.platform.Actor;
import org.anlan.platform.ActorDetails;
import org.anlan.platform.Role;
import org.anlan.shared.AreaCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The directory module on its own (with area and platform below it). */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DirectoryModuleTests {

  @Autowired DirectoryDesk desk;

  @BeforeEach
  void logInAsDistrictAdmin() {
    Actor admin = new Actor("admin", Set.of(Role.DISTRICT_ADMIN), new AreaCode("500152000000"), null);
    SecurityContextHolder.getContext().setAuthentication(
        new UsernamePasswordAuthenticationToken(new ActorDetails(admin, "unused", true), null, List.of()));
  }

  @AfterEach
  void logOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void creating_an_assignment_publishes_responsibility_assigned(Scenario scenario) {
    PersonSummary person = desk.createPerson(new SavePerson("模块测试人", null, "网格员", "13600000001", null, null,
        "500152110002", true, null, null));

    scenario.stimulate(() -> desk.createAssignment(new SaveAssignment(person.id(), "500152110002", "GRID_WORKER", null,
            null, null, null, null)))
        .andWaitForEventOfType(ResponsibilityAssigned.class)
        .matching(event -> event.personId() == person.id())
        .toArriveAndVerify((event, assignment) -> {
          assertThat(event.assignmentId()).isEqualTo(assignment.id());
          assertThat(event.areaCode()).isEqualTo("500152110002");
          assertThat(event.roleCode()).isEqualTo("GRID_WORKER");
        });
  }

  @Test
  void changing_an_assignment_publishes_responsibility_assigned_again(Scenario scenario) {
    PersonSummary person = desk.createPerson(new SavePerson("模块测试人二", null, null, "13600000002", null, null,
        "500152110002", true, null, null));
    AssignmentSummary created = desk.createAssignment(new SaveAssignment(person.id(), "500152110002", "GRID_WORKER", null,
        null, null, null, null));

    scenario.stimulate(() -> desk.updateAssignment(created.id(), new SaveAssignment(person.id(), "500152110002",
            "DISASTER_INFORMANT", null, null, null, null, created.version())))
        .andWaitForEventOfType(ResponsibilityAssigned.class)
        .matching(event -> event.assignmentId() == created.id() && event.roleCode().equals("DISASTER_INFORMANT"))
        .toArrive();
  }
}
