package org.anlan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.anlan.directory.DirectoryDesk;
import org.anlan.shared.AreaCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Outside the demo: no demo users or people, and the first admin comes from the environment. */
@SpringBootTest(properties = {"anlan.demo.enabled=false", "anlan.identity.initial-admin-password=first-admin-pass"})
class ProductionBootstrapTests {

  @Autowired IdentityDesk identity;
  @Autowired DirectoryDesk directory;
  @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

  @Test
  void onlyTheFirstAdminExistsWithThePasswordFromTheEnvironment() {
    assertThat(identity.list()).extracting(UserSummary::username).containsExactly("admin");
    assertThat(identity.list().get(0).demo()).isFalse();
    assertThat(encoder.matches("first-admin-pass", identity.loadUserByUsername("admin").getPassword())).isTrue();
  }

  @Test
  void theRealDivisionsAreThereButNoSyntheticPeople() {
    assertThat(directory.people(AreaCode.of("500152000000"), null, 0, 10).total()).isZero();
  }
}
