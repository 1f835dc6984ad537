package dev.rituals.db.quartz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Creates the Quartz tables from the scripts shipped in the Quartz jar, the same scripts the db
 * module's Flyway migrations copy (V2__quartz.sql).
 */
final class QuartzTables {
  static final String H2 = "org/quartz/impl/jdbcjobstore/tables_h2.sql";
  static final String POSTGRES = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

  private QuartzTables() {}

  static void create(DataSource dataSource, String script) throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements(script)) {
        statement.execute(sql);
      }
    }
  }

  private static Iterable<String> statements(String script) throws IOException {
    String text;
    try (InputStream in = QuartzTables.class.getClassLoader().getResourceAsStream(script)) {
      if (in == null) {
        throw new IOException("not on the class path: " + script);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String withoutComments =
        text.lines()
            .filter(line -> !line.strip().startsWith("--"))
            .collect(Collectors.joining("\n"));
    return Arrays.stream(withoutComments.split(";"))
        .map(String::strip)
        .filter(sql -> !sql.isEmpty() && !sql.equalsIgnoreCase("COMMIT"))
        .toList();
  }
}
