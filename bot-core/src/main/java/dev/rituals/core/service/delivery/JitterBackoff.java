package dev.rituals.core.service.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with jitter: the n-th consecutive wait is drawn from [half, full] of {@code
 * first * 2^(n-1)}, capped at {@code max}. The jitter spreads retries of many messages (and of
 * several nodes) so they do not hit a recovering platform at the same instant. The {@link Random}
 * is injected so tests can seed it.
 */
public final class JitterBackoff {
  private final Duration first;
  private final Duration max;
  private final Random random;

  public JitterBackoff(Duration first, Duration max, Random random) {
    this.first = Objects.requireNonNull(first, "first");
    this.max = Objects.requireNonNull(max, "max");
    this.random = Objects.requireNonNull(random, "random");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max");
    }
  }

  /** The wait before retry number {@code attempt} (1 for the first retry). */
  public Duration delay(int attempt) {
    int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
    Duration full = first.multipliedBy(1L << Math.min(doublings, 20));
    if (full.compareTo(max) > 0) {
      full = max;
    }
    long fullMillis = full.toMillis();
    long half = fullMillis / 2;
    long jitter;
    synchronized (random) {
      jitter = (long) (random.nextDouble() * (fullMillis - half + 1));
    }
    return Duration.ofMillis(half + jitter);
  }
}
