package org.anlan.identity;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.anlan.area.AreaCatalogue;
import org.anlan.directory.DirectoryDesk;
import org.anlan.directory.FoundBy;
import org.anlan.shared.AreaCode;
import org.anlan.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: in the demo, makes sure the demo users exist and sets their password to
 * {@code ANLAN_DEMO_PASSWORD} (or a fresh random one), which it prints; outside the demo, creates
 * the first district admin from {@code ANLAN_ADMIN_PASSWORD} when there is no user at all.
 */
@Component
@Order(200)
class IdentityBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  /** The demo users: name, display name, role, scope. Synthetic, for the demo only. */
  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("admin", "区应急局管理员（演示）", Role.DISTRICT_ADMIN, "500152000000", null),
      new DemoUser("duty", "区值班员（演示）", Role.DUTY_OFFICER, "500152000000", null),
      new DemoUser("leader", "区领导（演示，只读）", Role.LEADER, "500152000000", "DISTRICT_LEADER"),
      new DemoUser("water", "区水利局用户（演示）", Role.DEPARTMENT_USER, "500152000000", null),
      new DemoUser("shuangjiang", "双江镇应急干部（演示）", Role.TOWN_OFFICER, "500152110000", "TOWN_EMERGENCY_OFFICER"),
      new DemoUser("baizi", "柏梓镇应急干部（演示）", Role.TOWN_OFFICER, "500152113000", "TOWN_EMERGENCY_OFFICER"),
      new DemoUser("shuangjiang-wuli", "双江镇五里社区干部（演示）", Role.VILLAGE_OFFICER, "500152110002", "VILLAGE_SECRETARY"));

  private final IdentityDesk desk;
  private final UserAccounts users;
  private final AreaCatalogue areas;
  private final DirectoryDesk directory;
  private final boolean demo;
  private final String demoPassword;
  private final IdentityProperties properties;

  IdentityBootstrap(IdentityDesk desk, UserAccounts users, AreaCatalogue areas, DirectoryDesk directory, IdentityProperties properties,
      @Value("${anlan.demo.enabled:false}") boolean demo, @Value("${anlan.demo.password:}") String demoPassword) {
    this.desk = desk;
    this.users = users;
    this.areas = areas;
    this.directory = directory;
    this.properties = properties;
    this.demo = demo;
    this.demoPassword = demoPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo) {
      String password = demoPassword.isBlank() ? randomPassword() : demoPassword;
      DEMO_USERS.forEach(u -> ensure(u, password));
      log.warn("""

          ================ Anlan 安澜 demo ================
           Demo users: {}
           Password:   {}{}
          ================================================""",
          String.join(", ", DEMO_USERS.stream().map(DemoUser::username).toList()), password,
          demoPassword.isBlank() ? "   (random; set ANLAN_DEMO_PASSWORD to fix it)" : "   (from ANLAN_DEMO_PASSWORD)");
    } else if (desk.count() == 0) {
      if (properties.initialAdminPassword().isBlank()) {
        throw new IllegalStateException("No user exists: set ANLAN_ADMIN_PASSWORD for the first district admin 'admin' (or ANLAN_DEMO=true for the demo)");
      }
      desk.create(new IdentityDesk.CreateUser("admin", "区管理员", properties.initialAdminPassword(), Set.of(Role.DISTRICT_ADMIN),
          areas.root().code().value(), null, false));
      log.warn("Created the first district admin 'admin' with the password from ANLAN_ADMIN_PASSWORD");
    }
  }

  private void ensure(DemoUser user, String password) {
    var existing = users.findByUsername(user.username());
    if (existing.isPresent()) {
      desk.setPassword(existing.get().id, password);
    } else {
      desk.create(new IdentityDesk.CreateUser(user.username(), user.displayName(), password, Set.of(user.role()), user.scope(),
          demoPerson(user), true));
    }
  }

  /** The demo person this user is: whoever answers for the user's area in the given role. */
  private Long demoPerson(DemoUser user) {
    if (user.personRole() == null) {
      return null;
    }
    return directory.responsibleFor(AreaCode.of(user.scope()), user.personRole()).people().stream()
        .filter(p -> p.foundBy() == FoundBy.PRIMARY).map(p -> p.personId()).findFirst().orElse(null);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** @param personRole the responsibility role whose holder at {@code scope} this user is, if any */
  record DemoUser(String username, String displayName, Role role, String scope, String personRole) {}
}
