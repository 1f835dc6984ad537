package dev.rituals.core.schedule;

import dev.rituals.core.model.RitualId;
import java.time.Instant;

/**
 * What a ritual's fire job calls: open one occurrence of the ritual for the schedule instant.
 *
 * <p>Implementations must be idempotent on {@code (ritual, scheduledFor)}: the scheduler delivers
 * at least once (a job cut off by a node crash is re-run with the same instant), and the same
 * instant always stands for the same occurrence.
 */
@FunctionalInterface
public interface OccurrenceFirer {
  void fire(RitualId ritual, Instant scheduledFor);
}
