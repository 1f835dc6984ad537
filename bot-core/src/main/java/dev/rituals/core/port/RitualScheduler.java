package dev.rituals.core.port;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** Fires rituals at their local times. Implemented with Quartz in core's schedule package. */
public interface RitualScheduler {
  /** Creates or replaces the triggers of the ritual; a paused ritual is kept but does not fire. */
  void schedule(Ritual ritual);

  void unschedule(RitualId ritual);

  /** Fires a one-off occurrence of the ritual as soon as possible ("ask now"). */
  void fireNow(RitualId ritual, Instant scheduledFor);

  /** Runs a follow-up step of an occurrence (next question, reminder, close) at {@code at}. */
  void scheduleStep(String stepKey, String stepType, String occurrenceId, Instant at);

  /** The next {@code count} fire times after {@code after}, in the schedule's zone. */
  List<ZonedDateTime> nextFireTimes(Ritual ritual, Instant after, int count);
}
