package dev.rituals.core.port;

import dev.rituals.core.model.Installation;
import dev.rituals.core.model.TenantRef;
import java.util.Optional;

/** Where the bot is installed. Tokens are not here: each platform adapter keeps its own. */
public interface InstallationRepository {
  /** Inserts or replaces the installation of {@code installation.tenant()}. */
  void save(Installation installation);

  Optional<Installation> find(TenantRef tenant);

  /** Marks the installation disabled; nothing is sent to it afterwards. */
  void disable(TenantRef tenant);
}
