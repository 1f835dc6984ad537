package dev.rituals.slack.gateway;

import dev.rituals.core.service.delivery.RateLimiter;
import dev.rituals.core.service.delivery.RateLimiter.Rate;
import dev.rituals.core.service.delivery.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's per-method rate tiers, per workspace, so we slow down before Slack has to say 429. The
 * numbers are Slack's published tiers (Tier 3: 50+ per minute, Tier 4: 100+ per minute);
 * chat.postMessage has its own "special" tier: about one per second per channel (core paces
 * channels) and a workspace-wide allowance of several hundred per minute.
 */
public final class SlackRateLimits {
  static final Map<String, Rate> TIERS =
      Map.of(
          "chat.postMessage", Rate.perMinute(300, 20),
          "chat.postEphemeral", Rate.perMinute(100, 10),
          "chat.update", Rate.perMinute(50, 5),
          "conversations.open", Rate.perMinute(50, 5));

  private final Optional<RateLimits> limiter;
  private final Clock clock;

  private SlackRateLimits(Optional<RateLimits> limiter, Clock clock) {
    this.limiter = limiter;
    this.clock = clock;
  }

  /** Slack's tiers, timed by {@code clock}, kept in this process. */
  public static SlackRateLimits tiers(Clock clock) {
    return tiers(clock, new RateLimiter(clock));
  }

  /** Slack's tiers kept in {@code limits}: the database's when several nodes call Slack. */
  public static SlackRateLimits tiers(Clock clock, RateLimits limits) {
    return new SlackRateLimits(Optional.of(limits), clock);
  }

  /** No local limits (Slack's 429s are still honoured by the outbox): load tests on a fake API. */
  public static SlackRateLimits none() {
    return new SlackRateLimits(Optional.empty(), Clock.systemUTC());
  }

  /** Zero when the call may go now, else how long this workspace must wait for {@code method}. */
  Duration acquire(String teamId, String method) {
    Rate rate = TIERS.get(method);
    if (rate == null || limiter.isEmpty()) {
      return Duration.ZERO;
    }
    return limiter.get().tryAcquire(key(teamId, method), rate);
  }

  /** Slack said 429 for {@code method}: nobody in the workspace calls it again before then. */
  void pause(String teamId, String method, Duration retryAfter) {
    Rate rate = TIERS.get(method);
    if (rate != null && limiter.isPresent()) {
      Instant until = clock.instant().plus(retryAfter);
      limiter.get().pauseUntil(key(teamId, method), until, rate);
    }
  }

  private static String key(String teamId, String method) {
    return "SLACK|" + teamId + "|" + method;
  }
}
