package dev.rituals.core.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.service.delivery.RateLimiter.Rate;
import dev.rituals.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  final RateLimiter limiter = new RateLimiter(clock);

  @Test
  void onePerSecondLetsOneThroughAndSaysHowLongTheNextWaits() {
    Rate rate = Rate.perSecond(1);
    assertThat(limiter.tryAcquire("C1", rate)).isZero();
    assertThat(limiter.tryAcquire("C1", rate)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofMillis(400));
    assertThat(limiter.tryAcquire("C1", rate)).isEqualTo(Duration.ofMillis(600));
    assertThat(limiter.tryAcquire("C2", rate)).as("keys are independent").isZero();
    clock.advance(Duration.ofMillis(600));
    assertThat(limiter.tryAcquire("C1", rate)).isZero();
  }

  @Test
  void aTierAllowsItsBurstThenItsAverageRate() {
    Rate tier3 = Rate.perMinute(50, 5);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire("T1|conversations.open", tier3)).isZero();
    }
    assertThat(limiter.tryAcquire("T1|conversations.open", tier3))
        .isEqualTo(Duration.ofMillis(1200));
    clock.advance(Duration.ofMillis(1200));
    assertThat(limiter.tryAcquire("T1|conversations.open", tier3)).isZero();
  }

  @Test
  void aPauseHoldsEveryoneOnTheKeyUntilItEnds() {
    Rate rate = Rate.perSecond(1);
    limiter.pauseUntil("T1|chat.postMessage", clock.instant().plusSeconds(30), rate);
    assertThat(limiter.tryAcquire("T1|chat.postMessage", rate)).isEqualTo(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(limiter.tryAcquire("T1|chat.postMessage", rate)).isZero();
  }
}
