package dev.rituals.core.service.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Rate limits keyed by strings such as {@code SLACK|T123|C456} (a channel) or {@code
 * SLACK|T123|chat.postMessage} (a method in one workspace). Never blocks: {@link #tryAcquire} takes
 * a permit or says how long to wait, so the caller can put the message back and serve others.
 *
 * <p>Each key is a generic cell rate algorithm (a token bucket kept as one instant): the earliest
 * time the next permit is free, allowing a burst of {@code rate.burst()}.
 */
public final class RateLimiter implements RateLimits {
  /** Above this many keys, stale ones are dropped so one-off channels do not pile up. */
  static final int SWEEP_AT = 10_000;

  private final Clock clock;
  private final Map<String, Instant> nextFree = new HashMap<>();

  public RateLimiter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** {@code permits} per {@code per}, with up to {@code burst} at once after a quiet spell. */
  public record Rate(int permits, Duration per, int burst) {
    public Rate {
      if (permits < 1 || burst < 1) {
        throw new IllegalArgumentException("permits and burst must be positive");
      }
      Objects.requireNonNull(per, "per");
      if (per.isNegative() || per.isZero()) {
        throw new IllegalArgumentException("per must be positive");
      }
    }

    public static Rate perSecond(int permits) {
      return new Rate(permits, Duration.ofSeconds(1), 1);
    }

    public static Rate perMinute(int permits, int burst) {
      return new Rate(permits, Duration.ofMinutes(1), burst);
    }

    public Duration interval() {
      return per.dividedBy(permits);
    }

    public Duration tolerance() {
      return interval().multipliedBy(burst - 1L);
    }
  }

  /**
   * Takes a permit for {@code key} if one is free now.
   *
   * @return zero when taken; otherwise how long until one is free (nothing is taken)
   */
  @Override
  public synchronized Duration tryAcquire(String key, Rate rate) {
    Instant now = clock.instant();
    Instant free = nextFree.getOrDefault(key, now);
    Instant theoretical = free.isBefore(now) ? now : free;
    Duration ahead = Duration.between(now, theoretical);
    if (ahead.compareTo(rate.tolerance()) > 0) {
      return ahead.minus(rate.tolerance());
    }
    if (nextFree.size() >= SWEEP_AT) {
      nextFree.values().removeIf(at -> at.isBefore(now));
    }
    nextFree.put(key, theoretical.plus(rate.interval()));
    return Duration.ZERO;
  }

  /** Nothing goes for {@code key} before {@code until} (the platform said Retry-After). */
  @Override
  public synchronized void pauseUntil(String key, Instant until, Rate rate) {
    Instant resume = until.plus(rate.tolerance());
    nextFree.merge(key, resume, (a, b) -> a.isAfter(b) ? a : b);
  }
}
