package dev.rituals.core.port;

import dev.rituals.core.model.LinkCode;
import java.time.Instant;
import java.util.Optional;

/** One-time channel link codes. */
public interface LinkCodeRepository {
  void save(LinkCode code);

  /**
   * Removes and returns the code if it exists and has not expired at {@code now}; a code can be
   * taken once. Expired codes are removed too.
   */
  Optional<LinkCode> take(String code, Instant now);
}
