package org.anlan.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which database the platform runs on, for the few statements that have a faster PostgreSQL form. */
public final class Databases {

  private Databases() {}

  /** True on PostgreSQL (production, CI); false on the embedded H2. */
  public static boolean isPostgres(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product", e);
    }
  }
}
