package org.anlan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.anlan.platform.Actor;
import org.anlan.platform.ActorDetails;
import org.anlan.platform.Role;
import org.anlan.shared.AreaCode;
import org.anlan.shared.NotFoundException;
import org.anlan.shared.RuleViolatedException;
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

  @Test
  void assigning_a_person_to_a_danger_zone_publishes_responsibility_assigned_with_the_zones_area(Scenario scenario) {
    PersonSummary person = desk.createPerson(new SavePerson("监测员测试", null, "群测群防员", "13600000003", null, null,
        "500152110002", true, null, null));
    AssignmentTarget zone = AssignmentTarget.dangerZone(90_001, AreaCode.of("500152110002"));

    scenario.stimulate(() -> desk.assign(zone, new AssignResponsibility(person.id(), "ZONE_MONITOR", null, null, null, null, null)))
        .andWaitForEventOfType(ResponsibilityAssigned.class)
        .matching(event -> event.personId() == person.id())
        .toArriveAndVerify((event, assignment) -> {
          assertThat(event.areaCode()).isEqualTo("500152110002");
          assertThat(event.roleCode()).isEqualTo("ZONE_MONITOR");
          assertThat(assignment.targetType()).isEqualTo("DANGER_ZONE");
          assertThat(assignment.targetId()).isEqualTo("90001");
        });
    assertThat(desk.assignmentsOf(zone)).extracting(AssignmentSummary::personId).containsExactly(person.id());
  }

  @Test
  void a_danger_zones_assignments_keep_to_their_zone_roles_and_do_not_answer_for_the_area() {
    PersonSummary person = desk.createPerson(new SavePerson("包保测试", null, "村干部", "13600000004", null, null,
        "500152110003", true, null, null));
    AssignmentTarget zone = AssignmentTarget.dangerZone(90_002, AreaCode.of("500152110003"));
    AssignmentTarget other = AssignmentTarget.dangerZone(90_003, AreaCode.of("500152110003"));
    Responsible before = desk.responsibleFor(AreaCode.of("500152110003"), "GRID_WORKER");

    AssignmentSummary made = desk.assign(zone, new AssignResponsibility(person.id(), "ZONE_GUARANTOR", null, null, null, null, null));

    assertThatThrownBy(() -> desk.assign(zone, new AssignResponsibility(person.id(), "GRID_WORKER", null, null, null, null, null)))
        .isInstanceOfSatisfying(RuleViolatedException.class, e -> assertThat(e.code()).isEqualTo("directory.role-not-for-target"));
    assertThatThrownBy(() -> desk.createAssignment(new SaveAssignment(person.id(), "500152110003", "ZONE_MONITOR", null,
            null, null, null, null)))
        .isInstanceOfSatisfying(RuleViolatedException.class, e -> assertThat(e.code()).isEqualTo("directory.role-not-for-target"));
    assertThatThrownBy(() -> desk.unassign(other, made.id()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("directory.assignment-not-found"));
    assertThat(desk.responsibleFor(AreaCode.of("500152110003"), "GRID_WORKER")).isEqualTo(before);

    desk.targetMoved(AssignmentTarget.dangerZone(90_002, AreaCode.of("500152110002")));
    assertThat(desk.assignment(made.id()).areaCode()).isEqualTo("500152110002");
    assertThat(desk.unassignAll(zone)).isOne();
    assertThat(desk.assignmentsOf(zone)).isEmpty();
  }
}
