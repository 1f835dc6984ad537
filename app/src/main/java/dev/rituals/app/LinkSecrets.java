package dev.rituals.app;

import dev.rituals.db.Database;
import dev.rituals.db.repository.JooqAppSecrets;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * The key that signs report and dashboard links: RITUALS_LINK_SECRET when set, else one generated
 * at the first start and kept in the database, so links survive restarts and open on every node.
 */
final class LinkSecrets {
  static final String NAME = "report-links";
  private static final int GENERATED_BYTES = 48;

  private LinkSecrets() {}

  static byte[] resolve(AppConfig config, Database database, Clock clock) {
    if (config.linkSecret().isPresent()) {
      return config.linkSecret().get().value().getBytes(StandardCharsets.UTF_8);
    }
    String stored =
        new JooqAppSecrets(database.dsl())
            .getOrCreate(NAME, LinkSecrets::generate, clock.instant());
    return Base64.getDecoder().decode(stored);
  }

  private static String generate() {
    byte[] key = new byte[GENERATED_BYTES];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
