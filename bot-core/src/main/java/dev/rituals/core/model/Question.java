package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A question in a community's bank, with the history rotation needs. */
public record Question(
    QuestionId id,
    CommunityId communityId,
    int number,
    String text,
    Set<String> tags,
    Instant createdAt,
    Optional<Instant> lastUsedAt,
    int timesUsed) {
  public static final int MAX_TEXT = 3000;

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(communityId, "communityId");
    if (number < 1) {
      throw new IllegalArgumentException("number must be positive");
    }
    text = Ids.requireText(text, "question", MAX_TEXT);
    tags = Set.copyOf(tags);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    if (timesUsed < 0) {
      throw new IllegalArgumentException("timesUsed must not be negative");
    }
  }

  public Question usedAt(Instant when) {
    return new Question(
        id, communityId, number, text, tags, createdAt, Optional.of(when), timesUsed + 1);
  }
}
