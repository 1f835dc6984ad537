package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.db.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key that signs report links: configured, or generated once and kept in the database. */
class LinkSecretsTest {
  @TempDir Path dir;

  @Test
  void withoutAConfiguredSecretOneIsGeneratedOnceAndSurvivesRestarts() {
    AppConfig config = AppConfig.from(Map.of("RITUALS_DATA_DIR", dir.toString()));
    byte[] first;
    try (Database database = Database.h2File(dir)) {
      first = LinkSecrets.resolve(config, database, Clock.systemUTC());
    }
    byte[] again;
    try (Database database = Database.h2File(dir)) {
      again = LinkSecrets.resolve(config, database, Clock.systemUTC());
    }
    assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(again);
  }

  @Test
  void aConfiguredSecretIsUsedAsGivenAndNeverPrinted() {
    String secret = "configured-secret-with-32-characters!";
    AppConfig config =
        AppConfig.from(Map.of("RITUALS_DATA_DIR", dir.toString(), "RITUALS_LINK_SECRET", secret));
    try (Database database = Database.h2File(dir)) {
      assertThat(LinkSecrets.resolve(config, database, Clock.systemUTC()))
          .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(config.toString()).doesNotContain(secret);
  }

  @Test
  void aShortSecretIsRefusedAtStartWithoutShowingIt() {
    assertThatThrownBy(() -> AppConfig.from(Map.of("RITUALS_LINK_SECRET", "short-one")))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .anyMatch(p -> p.contains("RITUALS_LINK_SECRET must be at least 32"))
                    .noneMatch(p -> p.contains("short-one")));
  }
}
