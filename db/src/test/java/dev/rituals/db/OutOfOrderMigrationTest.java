package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Features own version ranges (engine V40-49, recognition V65-69, pairing V70-79, ...), so a
 * database migrated by one build can lack a lower version that a later build adds. Starting on it
 * applies the missing migration instead of refusing to start.
 */
class OutOfOrderMigrationTest {
  @Test
  void aLowerVersionAddedLaterIsAppliedToAnExistingDatabase() throws SQLException {
    String url =
        "jdbc:h2:mem:out_of_order_"
            + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1;"
            + Database.H2_POSTGRESQL_MODE;
    try (Database first = Database.connect(DatabaseUrl.of(url, "sa", ""), 2);
        Connection c = first.dataSource().getConnection();
        Statement s = c.createStatement()) {
      // As if this database had been migrated by a build without V43 (rotating hosts).
      s.execute("DROP TABLE hosting");
      s.execute("ALTER TABLE ritual DROP COLUMN host_deadline_seconds");
      assertThat(s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '43'"))
          .isOne();
    }

    try (Database second = Database.connect(DatabaseUrl.of(url, "sa", ""), 2);
        Connection c = second.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT count(*) FROM hosting, \"flyway_schema_history\" h"
                    + " WHERE h.\"version\" = '43' AND h.\"success\"")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isZero(); // the table exists (and is empty)
    }
    try (Database third = Database.connect(DatabaseUrl.of(url, "sa", ""), 2);
        Connection c = third.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT count(*) FROM \"flyway_schema_history\" WHERE \"version\" = '43'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).as("V43 recorded as applied once").isOne();
    }
  }
}
