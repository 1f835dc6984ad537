package dev.rituals.core.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one round depends on. The date is the round's date (for snoozes, recency and time-zone
 * offsets); it is given, never read from a clock here, so a preview and a run agree.
 */
public record PairingRequest(
    List<PairingCandidate> candidates,
    List<PastPairing> history,
    PairingSettings settings,
    LocalDate date) {
  public PairingRequest {
    candidates = List.copyOf(candidates);
    history = List.copyOf(history);
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(date, "date");
  }
}
