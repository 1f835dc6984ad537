package dev.rituals.slack.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exponential back-off per workspace for server errors and network failures: 5 s, 10 s, 20 s ... up
 * to 5 minutes, reset by the first success. Kept per workspace so one workspace's trouble does not
 * slow the others.
 */
final class Backoff {
  static final Duration FIRST = Duration.ofSeconds(5);
  static final Duration MAX = Duration.ofMinutes(5);

  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  Duration next(String teamId) {
    int count = failures.merge(teamId, 1, Integer::sum);
    long factor = 1L << Math.min(count - 1, 16);
    Duration delay = FIRST.multipliedBy(factor);
    return delay.compareTo(MAX) > 0 ? MAX : delay;
  }

  void reset(String teamId) {
    failures.remove(teamId);
  }
}
