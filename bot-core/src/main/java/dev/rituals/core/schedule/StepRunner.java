package dev.rituals.core.schedule;

import java.time.Instant;

/**
 * What a follow-up step job calls: run one step (next live-chat question, reminder, close) of an
 * occurrence. Like {@link OccurrenceFirer}, delivery is at least once, so implementations must
 * tolerate a repeat of the same {@code (stepType, occurrenceId, scheduledFor)}.
 */
@FunctionalInterface
public interface StepRunner {
  void run(String stepType, String occurrenceId, Instant scheduledFor);
}
