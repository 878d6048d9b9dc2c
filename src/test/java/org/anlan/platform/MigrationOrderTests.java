package org.anlan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module numbers its own migrations (docs/decisions/0007-module-migrations-out-of-order.md), so a module's new
 * migration may sort below another module's older one. An installation that has every migration but such a new one
 * must take it on its next start: with the application's setting ({@code spring.flyway.out-of-order=true}) it does;
 * without it Flyway refuses to start.
 */
class MigrationOrderTests {

  @Test
  void aModulesNewMigrationBelowAnotherModulesLatestIsAppliedOnTheNextStart(@TempDir Path old) throws IOException {
    Properties app = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      app.load(in);
    }
    assertThat(app.getProperty("spring.flyway.out-of-order")).isEqualTo("true");

    // yesterday's installation: every migration but the warning module's newest (3.3.4, below duty's 4.9.1)
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    java.util.List<Resource> all = new java.util.ArrayList<>(java.util.List.of(resolver.getResources("classpath*:db/migration/*/V*.sql")));
    all.addAll(java.util.List.of(resolver.getResources("classpath*:db/vendor/h2/V*.sql")));
    assertThat(all).hasSizeGreaterThan(10);
    String missing = "V3_3_4__warning_discard.sql";
    assertThat(all).anyMatch(r -> missing.equals(r.getFilename()));
    for (Resource r : all) {
      if (!missing.equals(r.getFilename())) {
        try (InputStream in = r.getInputStream()) {
          Files.copy(in, old.resolve(r.getFilename()));
        }
      }
    }
    String url = "jdbc:h2:mem:migration-order;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + old).load().migrate();

    Flyway strict = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2").load();
    assertThatThrownBy(strict::migrate).isInstanceOf(FlywayException.class).hasMessageContaining("3.3.4");

    Flyway asConfigured = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
        .outOfOrder(true).load();
    assertThat(asConfigured.migrate().migrationsExecuted).isEqualTo(1);
    assertThat(asConfigured.info().pending()).isEmpty();
  }
}
