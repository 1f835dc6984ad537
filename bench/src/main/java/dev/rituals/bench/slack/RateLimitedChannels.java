package dev.rituals.bench.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * chat.postMessage as Slack limits it: one message per second per channel (a second one within the
 * second gets 429 with Retry-After: 1), plus a seeded share of random 429s (Retry-After 1 or 2 s)
 * standing in for workspace-wide limits. Counts every accepted post per channel, and when.
 */
final class RateLimitedChannels implements FakeSlackApi.PostPolicy {
  private final double randomShare;
  private final Random random;
  private final Map<String, Long> lastAccepted = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
  private final Map<String, Long> firstAcceptedAt = new ConcurrentHashMap<>();
  final AtomicLong calls = new AtomicLong();
  final AtomicLong perChannel429 = new AtomicLong();
  final AtomicLong random429 = new AtomicLong();
  final AtomicLong lastAcceptedAt = new AtomicLong();

  RateLimitedChannels(double randomShare, long seed) {
    this.randomShare = randomShare;
    this.random = new Random(seed);
  }

  @Override
  public FakeSlackApi.Answer post(String channel, String threadTs, String ts) {
    calls.incrementAndGet();
    long now = System.currentTimeMillis();
    Long last = lastAccepted.get(channel);
    if (last != null && now - last < 1000) {
      perChannel429.incrementAndGet();
      return FakeSlackApi.rateLimited(1);
    }
    int retryAfter = randomRateLimit();
    if (retryAfter > 0) {
      random429.incrementAndGet();
      return FakeSlackApi.rateLimited(retryAfter);
    }
    // Two posts to one channel racing: only one of them takes the second.
    boolean[] limited = {false};
    lastAccepted.compute(
        channel,
        (c, previous) -> {
          if (previous != null && now - previous < 1000) {
            limited[0] = true;
            return previous;
          }
          return now;
        });
    if (limited[0]) {
      perChannel429.incrementAndGet();
      return FakeSlackApi.rateLimited(1);
    }
    accepted.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
    firstAcceptedAt.putIfAbsent(channel, now);
    lastAcceptedAt.accumulateAndGet(now, Math::max);
    return FakeSlackApi.posted(channel, ts);
  }

  private synchronized int randomRateLimit() {
    return random.nextDouble() < randomShare ? 1 + random.nextInt(2) : 0;
  }

  int channelsPosted() {
    return accepted.size();
  }

  /** Posts beyond the first, summed over channels. */
  long duplicates() {
    return accepted.values().stream().mapToLong(a -> Math.max(0, a.get() - 1)).sum();
  }

  /** When each channel's first post was accepted, in epoch milliseconds. */
  List<Long> firstPostTimes() {
    return new ArrayList<>(firstAcceptedAt.values());
  }
}
