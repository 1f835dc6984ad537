package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.RATE_LIMIT;

import dev.rituals.core.service.delivery.RateLimiter.Rate;
import dev.rituals.core.service.delivery.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Rate limits in the shared database, so the nodes of a cluster together keep a channel to about
 * one message per second (and a workspace within Slack's tiers), as one node does with {@link
 * dev.rituals.core.service.delivery.RateLimiter}. Same algorithm: each key's row holds the earliest
 * time its next permit is free; taking one is a single UPDATE that only succeeds while the key is
 * within its burst, so two nodes can never both take the last permit.
 */
public final class JooqRateLimits implements RateLimits {
  /** Keys idle this long are deleted now and then (a channel nobody posts to any more). */
  static final Duration IDLE = Duration.ofHours(1);

  /** Sweep once per this many permits taken. */
  static final long SWEEP_EVERY = 5_000;

  private final DSLContext dsl;
  private final Clock clock;
  private final AtomicLong taken = new AtomicLong();

  public JooqRateLimits(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public Duration tryAcquire(String key, Rate rate) {
    long now = clock.millis();
    long interval = rate.interval().toMillis();
    long tolerance = rate.tolerance().toMillis();
    Field<Long> from = DSL.greatest(RATE_LIMIT.NEXT_FREE_MS, DSL.val(now));
    for (int attempt = 0; attempt < 2; attempt++) {
      int updated =
          dsl.update(RATE_LIMIT)
              .set(RATE_LIMIT.NEXT_FREE_MS, from.plus(interval))
              .where(RATE_LIMIT.LIMIT_KEY.eq(key))
              .and(from.le(now + tolerance))
              .execute();
      if (updated == 1) {
        if (taken.incrementAndGet() % SWEEP_EVERY == 0) {
          sweepIdle();
        }
        return Duration.ZERO;
      }
      Long nextFree =
          dsl.select(RATE_LIMIT.NEXT_FREE_MS)
              .from(RATE_LIMIT)
              .where(RATE_LIMIT.LIMIT_KEY.eq(key))
              .fetchOne(RATE_LIMIT.NEXT_FREE_MS);
      if (nextFree != null) {
        return Duration.ofMillis(Math.max(1, Math.max(nextFree, now) - now - tolerance));
      }
      insertIfAbsent(key, now);
    }
    // Created and at once taken by others faster than we could try: ask again shortly.
    return rate.interval();
  }

  @Override
  public void pauseUntil(String key, Instant until, Rate rate) {
    long resume = until.plus(rate.tolerance()).toEpochMilli();
    insertIfAbsent(key, resume);
    dsl.update(RATE_LIMIT)
        .set(RATE_LIMIT.NEXT_FREE_MS, DSL.greatest(RATE_LIMIT.NEXT_FREE_MS, DSL.val(resume)))
        .where(RATE_LIMIT.LIMIT_KEY.eq(key))
        .execute();
  }

  private void insertIfAbsent(String key, long nextFree) {
    Inserts.ignoringDuplicate(
        dsl,
        () ->
            dsl.insertInto(RATE_LIMIT)
                .set(RATE_LIMIT.LIMIT_KEY, key)
                .set(RATE_LIMIT.NEXT_FREE_MS, nextFree)
                .onConflictDoNothing()
                .execute(),
        () -> dsl.fetchExists(RATE_LIMIT, RATE_LIMIT.LIMIT_KEY.eq(key)));
  }

  /**
   * Deletes keys whose next permit has been free for {@link #IDLE}: they hold nothing back. Runs by
   * itself every {@link #SWEEP_EVERY} permits.
   *
   * @return how many keys were deleted
   */
  public int sweepIdle() {
    return dsl.deleteFrom(RATE_LIMIT)
        .where(RATE_LIMIT.NEXT_FREE_MS.lt(clock.millis() - IDLE.toMillis()))
        .execute();
  }
}
