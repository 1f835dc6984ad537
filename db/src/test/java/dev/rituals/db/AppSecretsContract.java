package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.db.repository.JooqAppSecrets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A generated secret is stored once and then always read back, on every node. */
abstract class AppSecretsContract extends DatabaseContract {
  private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  @Test
  void theFirstGeneratedSecretIsKeptAndReturnedForeverAfter() {
    JooqAppSecrets secrets = new JooqAppSecrets(database.dsl());

    String first = secrets.getOrCreate("links", () -> "first-value", NOW);
    String second = new JooqAppSecrets(database.dsl()).getOrCreate("links", () -> "other", NOW);

    assertThat(first).isEqualTo("first-value");
    assertThat(second).isEqualTo("first-value");
    assertThat(secrets.getOrCreate("another", () -> "x", NOW)).isEqualTo("x");
  }
}
