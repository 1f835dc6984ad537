package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Occurrence;

/**
 * Told about activity inside the transaction that recorded it, so whatever it writes (badges,
 * outbox messages) commits or rolls back with the activity. Recognition listens here.
 */
public interface ActivityListener {
  ActivityListener NONE = new ActivityListener() {};

  /** A new answer was stored (not for duplicates, edits or retractions). */
  default void answerRecorded(Answer answer) {}

  /** An occurrence was closed (once per occurrence). */
  default void occurrenceClosed(Occurrence occurrence) {}
}
