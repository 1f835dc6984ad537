package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.service.delivery.RateLimiter;
import dev.rituals.core.service.delivery.RateLimiter.Rate;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.db.repository.JooqRateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rate limits in the database behave as {@link RateLimiter} does in memory, and two nodes (two
 * instances on one database) share them: together they never take more permits than one would.
 */
abstract class RateLimitsContract extends DatabaseContract {
  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final Rate ONE_PER_SECOND = Rate.perSecond(1);
  static final String CHANNEL = "SLACK|T1|C1";

  final MutableClock clock = new MutableClock(T0);

  JooqRateLimits node() {
    return new JooqRateLimits(database.dsl(), clock);
  }

  @Test
  void theFirstPermitIsFreeAndTheNextWaitsTheInterval() {
    JooqRateLimits limits = node();

    assertThat(limits.tryAcquire(CHANNEL, ONE_PER_SECOND)).isZero();
    assertThat(limits.tryAcquire(CHANNEL, ONE_PER_SECOND)).isEqualTo(Duration.ofSeconds(1));
    assertThat(limits.tryAcquire("SLACK|T1|C2", ONE_PER_SECOND)).as("another key").isZero();

    clock.advance(Duration.ofMillis(1000));
    assertThat(limits.tryAcquire(CHANNEL, ONE_PER_SECOND)).isZero();
  }

  @Test
  void aBurstIsAllowedAfterAQuietSpellThenThePaceHolds() {
    JooqRateLimits limits = node();
    Rate tier = Rate.perMinute(60, 3);

    for (int i = 0; i < 3; i++) {
      assertThat(limits.tryAcquire("SLACK|T1|chat.update", tier)).as("burst " + i).isZero();
    }
    assertThat(limits.tryAcquire("SLACK|T1|chat.update", tier)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void givesTheSameAnswersAsTheInMemoryLimiter() {
    JooqRateLimits shared = node();
    RateLimiter local = new RateLimiter(clock);
    Rate tier = Rate.perMinute(300, 20);
    java.util.Random random = new java.util.Random(20261123L);
    for (int i = 0; i < 200; i++) {
      clock.advance(Duration.ofMillis(random.nextInt(150)));
      String key = "K" + random.nextInt(3);
      if (random.nextInt(20) == 0) {
        Instant until = clock.instant().plusSeconds(random.nextInt(5));
        shared.pauseUntil(key, until, tier);
        local.pauseUntil(key, until, tier);
      }
      assertThat(shared.tryAcquire(key, tier))
          .as("step %d key %s (seed 20261123)", i, key)
          .isEqualTo(local.tryAcquire(key, tier));
    }
  }

  @Test
  void twoNodesTogetherTakeNoMoreThanOneWould() throws Exception {
    List<JooqRateLimits> nodes = List.of(node(), node());
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      for (int second = 0; second < 3; second++) {
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          JooqRateLimits limits = nodes.get(i % 2);
          tries.add(() -> limits.tryAcquire(CHANNEL, ONE_PER_SECOND).isZero());
        }
        int granted = 0;
        for (Future<Boolean> granted1 : threads.invokeAll(tries)) {
          granted += granted1.get() ? 1 : 0;
        }
        assertThat(granted).as("permits in second %d across both nodes", second).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aPauseFromOneNodeHoldsTheKeyOnTheOther() {
    JooqRateLimits a = node();
    JooqRateLimits b = node();

    a.pauseUntil(CHANNEL, T0.plusSeconds(30), ONE_PER_SECOND);

    assertThat(b.tryAcquire(CHANNEL, ONE_PER_SECOND)).isEqualTo(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(b.tryAcquire(CHANNEL, ONE_PER_SECOND)).isZero();
  }

  @Test
  void aPauseNeverShortensAnEarlierOne() {
    JooqRateLimits limits = node();

    limits.pauseUntil(CHANNEL, T0.plusSeconds(60), ONE_PER_SECOND);
    limits.pauseUntil(CHANNEL, T0.plusSeconds(5), ONE_PER_SECOND);

    assertThat(limits.tryAcquire(CHANNEL, ONE_PER_SECOND)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void idleKeysAreSweptAndBusyOnesKept() {
    JooqRateLimits limits = node();
    limits.tryAcquire("idle", ONE_PER_SECOND);
    clock.advance(Duration.ofHours(2));
    limits.tryAcquire("busy", ONE_PER_SECOND);

    assertThat(limits.sweepIdle()).isEqualTo(1);
    assertThat(limits.tryAcquire("busy", ONE_PER_SECOND)).isEqualTo(Duration.ofSeconds(1));
  }
}
