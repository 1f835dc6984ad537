package dev.rituals.core.testing;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.RitualScheduler;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what was scheduled instead of firing it; tests fire by calling the services. Fire times
 * come from the real schedule rule in core's schedule package when tests need them.
 */
public final class RecordingScheduler implements RitualScheduler {
  /** A step waiting to run. */
  public record Step(String type, String occurrenceId, Instant at) {}

  private final Map<RitualId, Ritual> scheduled = new ConcurrentHashMap<>();
  private final Map<String, Step> steps = new ConcurrentHashMap<>();

  @Override
  public void schedule(Ritual ritual) {
    scheduled.put(ritual.id(), ritual);
  }

  @Override
  public void unschedule(RitualId ritual) {
    scheduled.remove(ritual);
  }

  @Override
  public void fireNow(RitualId ritual, Instant scheduledFor) {
    steps.put(
        "now:" + ritual + ":" + scheduledFor, new Step("fire", ritual.toString(), scheduledFor));
  }

  @Override
  public void scheduleStep(String stepKey, String stepType, String occurrenceId, Instant at) {
    steps.put(stepKey, new Step(stepType, occurrenceId, at));
  }

  @Override
  public List<ZonedDateTime> nextFireTimes(Ritual ritual, Instant after, int count) {
    return List.of();
  }

  public Map<RitualId, Ritual> scheduled() {
    return Map.copyOf(scheduled);
  }

  public Map<String, Step> steps() {
    return Map.copyOf(steps);
  }
}
