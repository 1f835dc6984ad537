package dev.rituals.db;

import java.util.Locale;
import org.jooq.SQLDialect;

/** The databases Rituals runs on, with what differs between them. */
public enum Vendor {
  /** H2 in PostgreSQL mode: the embedded default and the fast test database. */
  H2("h2", SQLDialect.H2),
  /** PostgreSQL: production, shared by several app nodes. */
  POSTGRESQL("postgresql", SQLDialect.POSTGRES);

  private final String migrationFolder;
  private final SQLDialect dialect;

  Vendor(String migrationFolder, SQLDialect dialect) {
    this.migrationFolder = migrationFolder;
    this.dialect = dialect;
  }

  /**
   * @throws IllegalArgumentException for anything but {@code jdbc:h2:} and {@code jdbc:postgresql:}
   */
  public static Vendor ofJdbcUrl(String jdbcUrl) {
    String lower = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    // No echo of the URL: it may carry a password.
    throw new IllegalArgumentException(
        "unsupported database: the JDBC URL must start with jdbc:postgresql: or jdbc:h2:");
  }

  /** Flyway location of this vendor's own scripts, next to {@code db/migration/common}. */
  public String migrationLocation() {
    return "classpath:db/migration/" + migrationFolder;
  }

  public SQLDialect dialect() {
    return dialect;
  }
}
