package dev.rituals.db;

import static dev.rituals.db.jooq.Tables.INBOUND_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileDatabaseTest {

  @Test
  void fileDatabaseIsCreatedInTheDirectoryAndKeepsDataAcrossReopening(@TempDir Path dir) {
    Path dataDir = dir.resolve("data");
    try (Database database = Database.h2File(dataDir)) {
      assertThat(database.vendor()).isEqualTo(Vendor.H2);
      database
          .dsl()
          .insertInto(INBOUND_EVENT)
          .set(INBOUND_EVENT.PLATFORM, "SLACK")
          .set(INBOUND_EVENT.TENANT_ID, "T1")
          .set(INBOUND_EVENT.EVENT_ID, "Ev1")
          .set(INBOUND_EVENT.RECEIVED_AT, Instant.parse("2025-03-07T07:00:00Z"))
          .execute();
    }

    assertThat(Files.exists(dataDir.resolve("rituals.mv.db"))).isTrue();
    try (Database reopened = Database.h2File(dataDir)) {
      assertThat(reopened.dsl().fetchCount(INBOUND_EVENT)).isEqualTo(1);
    }
  }

  @Test
  void fileUrlUsesPostgreSqlModeAnAbsolutePathAndLeavesClosingToTheApp(@TempDir Path dir) {
    String url = Database.h2FileUrl(dir);

    assertThat(url)
        .startsWith("jdbc:h2:file:" + dir.toAbsolutePath())
        .contains("MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
        .contains(";AUTO_SERVER=FALSE")
        .contains(";DB_CLOSE_ON_EXIT=FALSE")
        .contains(";QUERY_CACHE_SIZE=256");
  }
}
