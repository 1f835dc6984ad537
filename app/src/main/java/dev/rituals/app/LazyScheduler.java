package dev.rituals.app;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.RitualScheduler;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Breaks the one cycle in the wiring: services need the scheduler, and Quartz's job factory needs
 * the services. Services get this forwarder; the real scheduler is set once built, before start.
 */
final class LazyScheduler implements RitualScheduler {
  private volatile RitualScheduler target;

  void set(RitualScheduler scheduler) {
    this.target = Objects.requireNonNull(scheduler);
  }

  private RitualScheduler target() {
    RitualScheduler t = target;
    if (t == null) {
      throw new IllegalStateException("scheduler used before it was built");
    }
    return t;
  }

  @Override
  public void schedule(Ritual ritual) {
    target().schedule(ritual);
  }

  @Override
  public void unschedule(RitualId ritual) {
    target().unschedule(ritual);
  }

  @Override
  public void fireNow(RitualId ritual, Instant scheduledFor) {
    target().fireNow(ritual, scheduledFor);
  }

  @Override
  public void scheduleStep(String stepKey, String stepType, String occurrenceId, Instant at) {
    target().scheduleStep(stepKey, stepType, occurrenceId, at);
  }

  @Override
  public List<ZonedDateTime> nextFireTimes(Ritual ritual, Instant after, int count) {
    return target().nextFireTimes(ritual, after, count);
  }
}
