package dev.rituals.core.port;

import dev.rituals.core.model.Platform;

/**
 * Told about every delivery outcome of the outbox sender, e.g. to count them as metrics. Called on
 * the sender's thread: implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface DeliveryObserver {
  DeliveryObserver NONE = (platform, outcome) -> {};

  void observed(Platform platform, Outcome outcome);

  /** What happened to one claimed message. */
  enum Outcome {
    /** Posted. */
    DELIVERED,
    /** Held back by a rate limit (ours or the platform's 429); not counted as an attempt. */
    THROTTLED,
    /** Transient failure (5xx, network); retried later. */
    RETRIED,
    /** Permanent failure, or gave up after too many attempts; shown to moderators. */
    FAILED
  }
}
