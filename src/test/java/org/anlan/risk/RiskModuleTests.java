package org.anlan.risk;

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

/** The risk module on its own (with area, directory and platform below it): grading publishes RiskGraded. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RiskModuleTests {

  @Autowired EnterpriseDesk desk;

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
  void saving_a_major_hazard_source_publishes_risk_graded_with_its_grade(Scenario scenario) {
    String first17 = "91500152MA0000001";
    EnterpriseSummary enterprise = desk.create(new SaveEnterprise("模块测试企业", first17 + CreditCode.checkCharacter(first17),
        Industry.HAZARDOUS_CHEMICALS, null, 105.7434, 30.2190, "500152110001", null, null, 10,
        EnterpriseStatus.OPERATING, null));
    SaveHazardSource source = new SaveHazardSource("模块测试罐区", null,
        List.of(new SaveHazardSource.Substance("液氯", "7782-50-5", 60.0, List.of())), 120, null);

    scenario.stimulate(() -> desk.createHazardSource(enterprise.id(), source))
        .andWaitForEventOfType(RiskGraded.class)
        .matching(event -> event.kind().equals("HAZARD_SOURCE"))
        .toArriveAndVerify((event, saved) -> {
          assertThat(event.id()).isEqualTo(saved.id());
          assertThat(event.grade()).isEqualTo("2");
          assertThat(event.colour()).isEqualTo(RiskColour.ORANGE);
          assertThat(event.areaCode()).isEqualTo("500152110001");
        });
  }
}
