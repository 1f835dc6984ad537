package dev.rituals.core.service.delivery;

import dev.rituals.core.service.delivery.RateLimiter.Rate;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits by key (a channel, or a platform method in one workspace). {@link RateLimiter} keeps
 * them in this process; a cluster keeps them in the shared database, so all nodes together stay
 * within a platform's limit instead of each node on its own.
 */
public interface RateLimits {
  /**
   * Takes a permit for {@code key} if one is free now.
   *
   * @return zero when taken; otherwise how long until one is free (nothing is taken)
   */
  Duration tryAcquire(String key, Rate rate);

  /** Nothing goes for {@code key} before {@code until} (the platform said Retry-After). */
  void pauseUntil(String key, Instant until, Rate rate);
}
