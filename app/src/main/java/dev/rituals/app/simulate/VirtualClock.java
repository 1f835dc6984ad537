package dev.rituals.app.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulator's clock: it only moves when the simulation moves it, and never backwards. */
final class VirtualClock extends Clock {
  private volatile Instant now;

  VirtualClock(Instant start) {
    this.now = start;
  }

  void moveTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Clock base = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return base.withZone(other);
      }

      @Override
      public Instant instant() {
        return base.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
