package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.UserRef;
import dev.rituals.db.repository.JooqDownloadFiles;
import dev.rituals.db.repository.JooqDownloadFiles.StoredFile;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Download files in the database: found by token hash until they expire, owned by one person. */
abstract class DownloadFilesContract extends DatabaseContract {
  static final UserRef ANA = user(SLACK_T1, "U_ANA");
  static final UserRef ANA_ELSEWHERE = user(SLACK_T2, "U_ANA");
  static final Instant EXPIRES = T0.plus(Duration.ofMinutes(30));

  JooqDownloadFiles files;

  @BeforeEach
  void store() {
    files = new JooqDownloadFiles(database.dsl());
  }

  void put(String hash, UserRef owner, Instant createdAt, byte[] content) {
    files.store(
        hash, owner, "pd.pdf", "application/pdf", content, createdAt, createdAt.plusSeconds(1800));
  }

  @Test
  void aStoredFileComesBackWholeUntilItExpires() {
    byte[] content = new byte[300_000];
    new Random(42).nextBytes(content); // binary, every byte value
    put("h1", ANA, T0, content);

    StoredFile found = files.find("h1", T0.plusSeconds(60)).orElseThrow();
    assertThat(found.content()).isEqualTo(content);
    assertThat(found.owner()).isEqualTo(ANA);
    assertThat(found.fileName()).isEqualTo("pd.pdf");
    assertThat(found.contentType()).isEqualTo("application/pdf");
    assertThat(found.expiresAt()).isEqualTo(EXPIRES);
    assertThat(files.find("h1", EXPIRES)).isEmpty();
    assertThat(files.find("other", T0)).isEmpty();
  }

  @Test
  void theSweepDeletesOnlyExpiredFiles() {
    put("old", ANA, T0, new byte[] {1});
    put("new", ANA, T0.plusSeconds(600), new byte[] {2});

    assertThat(files.deleteExpired(EXPIRES)).isEqualTo(1);
    assertThat(files.find("new", EXPIRES)).isPresent();
    assertThat(files.find("old", T0)).isEmpty();
  }

  @Test
  void anOwnerKeepsOnlyTheNewestFilesAndForgettingThemLeavesTheSameIdInAnotherTenant() {
    for (int i = 0; i < 5; i++) {
      put("a" + i, ANA, T0.plusSeconds(i), new byte[] {(byte) i});
    }
    put("b", ANA_ELSEWHERE, T0, new byte[] {9});

    assertThat(files.keepNewest(ANA, 3)).isEqualTo(2);
    assertThat(files.find("a0", T0)).isEmpty();
    assertThat(files.find("a4", T0)).isPresent();

    assertThat(files.deleteOwnedBy(ANA)).isEqualTo(3);
    assertThat(files.find("b", T0)).isPresent();
  }
}
