package dev.rituals.core.service.delivery;

import dev.rituals.core.port.DeliveryObserver;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * How the outbox sender paces itself.
 *
 * @param perChannel pace per (installation, channel); empty for none (load tests on fake APIs)
 * @param lease how long a claimed message belongs to the node that claimed it; a node that dies
 *     holding messages delays them by at most this long, and another node then sends them
 * @param backoff waits after transient failures and after 429s that gave no Retry-After
 * @param observer told every outcome (metrics)
 */
public record DeliverySettings(
    Optional<RateLimiter.Rate> perChannel,
    Duration lease,
    JitterBackoff backoff,
    DeliveryObserver observer) {
  /** About one message per second per channel: Slack's guidance for chat.postMessage. */
  public static final RateLimiter.Rate ONE_PER_SECOND = RateLimiter.Rate.perSecond(1);

  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  public DeliverySettings {
    Objects.requireNonNull(perChannel, "perChannel");
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(observer, "observer");
  }

  public static DeliverySettings defaults(Random random) {
    return new DeliverySettings(
        Optional.of(ONE_PER_SECOND),
        DEFAULT_LEASE,
        new JitterBackoff(Duration.ofSeconds(2), Duration.ofMinutes(10), random),
        DeliveryObserver.NONE);
  }

  public DeliverySettings withoutChannelLimit() {
    return new DeliverySettings(Optional.empty(), lease, backoff, observer);
  }

  public DeliverySettings withLease(Duration newLease) {
    return new DeliverySettings(perChannel, newLease, backoff, observer);
  }

  public DeliverySettings withObserver(DeliveryObserver newObserver) {
    return new DeliverySettings(perChannel, lease, backoff, newObserver);
  }
}
