package org.anlan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

  @Test
  void writesModuleDiagramsIntoDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
