package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Guards the module structure (no cycles, no reach into internals) and writes the module diagrams into docs/modules. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(AnlanApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void theFoundationModulesAreThere() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("shared", "platform", "area", "directory", "identity", "dashboard", "risk", "resources");
  }

  /** The order of ARCHITECTURE.md: a module may call only modules above it (listening to events is free). */
  static final List<String> ORDER = List.of("shared", "platform", "area", "directory", "identity", "risk", "resources",
      "monitoring", "warning", "messaging", "evacuation", "incident", "planning", "hazard", "enforcement", "supervision",
      "relief", "duty", "dashboard");

  @Test
  void callsPointDownTheHousePlanNeverBackUp() {
    List<String> wrong = MODULES.stream().flatMap(module -> module
            .getDirectDependencies(MODULES, DependencyType.DEFAULT, DependencyType.USES_COMPONENT, DependencyType.ENTITY)
            .uniqueModules()
            .filter(target -> ORDER.indexOf(target.getIdentifier().toString()) >= ORDER.indexOf(module.getIdentifier().toString()))
            .map(target -> module.getIdentifier() + " -> " + target.getIdentifier()))
        .toList();
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).allMatch(ORDER::contains);
    assertThat(wrong).as("calls up the house plan").isEmpty();
  }

  @Test
  void writesModuleDiagramsIntoDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
