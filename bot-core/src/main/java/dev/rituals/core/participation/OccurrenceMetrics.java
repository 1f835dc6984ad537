package dev.rituals.core.participation;

import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import java.time.Instant;

/** One occurrence's turnout: {@code respondents} distinct people out of {@code members}. */
public record OccurrenceMetrics(
    OccurrenceId occurrence, RitualId ritual, Instant opensAt, int respondents, int members) {
  public double responseRate() {
    return members == 0 ? 0 : Math.min(1.0, (double) respondents / members);
  }
}
