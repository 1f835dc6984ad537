package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;

/** One question posted in an occurrence: Q1..Qn. */
public record Prompt(
    PromptId id, OccurrenceId occurrenceId, int number, String text, Instant postAt) {
  public Prompt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurrenceId, "occurrenceId");
    if (number < 1 || number > 99) {
      throw new IllegalArgumentException("prompt number must be between 1 and 99");
    }
    text = Ids.requireText(text, "question", Question.MAX_TEXT);
    Objects.requireNonNull(postAt, "postAt");
  }
}
