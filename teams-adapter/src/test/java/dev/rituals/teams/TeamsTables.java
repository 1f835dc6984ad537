package dev.rituals.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * An in-memory H2 database (PostgreSQL mode, as the app runs it) with this adapter's tables, made
 * by running the real V30 migration. Until the db module's TestDatabases lands, this is the only
 * way to get one here.
 */
final class TeamsTables {
  static final Path MIGRATION =
      Path.of(
          "..", "db", "src", "main", "resources", "db", "migration", "common", "V30__teams.sql");

  private TeamsTables() {}

  /** A database that lives as long as the returned context stays open. */
  static CloseableDSLContext h2(String name) {
    String url =
        "jdbc:h2:mem:"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    return DSL.using(url, "sa", "");
  }

  static CloseableDSLContext fresh() {
    CloseableDSLContext dsl = h2("teams_" + UUID.randomUUID().toString().replace("-", ""));
    migrate(dsl);
    return dsl;
  }

  static void migrate(DSLContext dsl) {
    try {
      String script = withoutComments(Files.readString(MIGRATION, StandardCharsets.UTF_8));
      for (String sql : script.split(";")) {
        if (!sql.isBlank()) {
          dsl.execute(sql);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutComments(String statement) {
    StringBuilder sql = new StringBuilder();
    for (String line : statement.split("\n")) {
      if (!line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    return sql.toString();
  }
}
