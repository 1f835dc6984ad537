package dev.rituals.core.testing;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.schedule.ScheduleRule;
import dev.rituals.core.schedule.StepRunner;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what was scheduled instead of firing it; tests fire by calling the services, or run due
 * steps with {@link #runDue}. Fire times come from the real schedule rule in core's schedule
 * package.
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
    return ScheduleRule.nextFireTimes(ritual.schedule(), after, count);
  }

  public Map<RitualId, Ritual> scheduled() {
    return Map.copyOf(scheduled);
  }

  public Map<String, Step> steps() {
    return Map.copyOf(steps);
  }

  /**
   * Runs every occurrence step due at {@code now}, earliest first, as Quartz would, including steps
   * scheduled by the steps it runs; a step's key is free again once it ran.
   *
   * @return how many steps ran
   */
  public int runDue(Instant now, StepRunner runner) {
    int ran = 0;
    while (true) {
      Optional<Map.Entry<String, Step>> next =
          steps.entrySet().stream()
              .filter(e -> !e.getValue().type().equals("fire"))
              .filter(e -> !e.getValue().at().isAfter(now))
              .min(Comparator.comparing((Map.Entry<String, Step> e) -> e.getValue().at()));
      if (next.isEmpty()) {
        return ran;
      }
      steps.remove(next.get().getKey());
      Step step = next.get().getValue();
      runner.run(step.type(), step.occurrenceId(), step.at());
      ran++;
    }
  }
}
