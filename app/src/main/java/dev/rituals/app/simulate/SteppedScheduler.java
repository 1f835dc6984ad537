package dev.rituals.app.simulate;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.RitualScheduler;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real scheduler for triggers and fire times, but occurrence steps (next question, reminder,
 * close) are kept here so the simulation runs each one at its time on the virtual clock, as Quartz
 * would on the wall clock. A step scheduled again under the same key replaces the earlier one.
 */
final class SteppedScheduler implements RitualScheduler {
  record Step(String type, String occurrenceId, Instant at) {}

  private final RitualScheduler real;
  private final Map<String, Step> steps = new LinkedHashMap<>();

  SteppedScheduler(RitualScheduler real) {
    this.real = real;
  }

  @Override
  public void schedule(Ritual ritual) {
    real.schedule(ritual);
  }

  @Override
  public void unschedule(RitualId ritual) {
    real.unschedule(ritual);
  }

  @Override
  public void fireNow(RitualId ritual, Instant scheduledFor) {
    real.fireNow(ritual, scheduledFor);
  }

  @Override
  public synchronized void scheduleStep(
      String stepKey, String stepType, String occurrenceId, Instant at) {
    steps.put(stepKey, new Step(stepType, occurrenceId, at));
  }

  @Override
  public List<ZonedDateTime> nextFireTimes(Ritual ritual, Instant after, int count) {
    return real.nextFireTimes(ritual, after, count);
  }

  /** The earliest step still to run, removed from the schedule. */
  synchronized Optional<Step> takeNext() {
    Optional<Map.Entry<String, Step>> next =
        steps.entrySet().stream().min(Comparator.comparing(e -> e.getValue().at()));
    next.ifPresent(e -> steps.remove(e.getKey()));
    return next.map(Map.Entry::getValue);
  }

  synchronized Optional<Instant> nextAt() {
    return steps.values().stream().map(Step::at).min(Comparator.naturalOrder());
  }

  /**
   * When the next step whose type starts with {@code type} runs after {@code now} (a step due now
   * may belong to the message just delivered).
   */
  synchronized Optional<Instant> nextAt(String type, Instant now) {
    return steps.values().stream()
        .filter(s -> s.type().startsWith(type) && s.at().isAfter(now))
        .map(Step::at)
        .min(Comparator.naturalOrder());
  }
}
