package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's contribution to a prompt. {@code sourceKey} identifies the platform event or message
 * it came from (Slack channel+ts, Teams activity id, a submit id): recording the same key twice
 * counts once.
 */
public record Answer(
    AnswerId id,
    CommunityId communityId,
    OccurrenceId occurrenceId,
    PromptId promptId,
    UserRef author,
    String text,
    AnswerSource source,
    String sourceKey,
    Optional<MessageRef> message,
    Instant answeredAt,
    Optional<Instant> editedAt,
    boolean late,
    boolean retracted) {
  public static final int MAX_TEXT = 40_000;

  public Answer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(occurrenceId, "occurrenceId");
    Objects.requireNonNull(promptId, "promptId");
    Objects.requireNonNull(author, "author");
    text = Ids.requireText(text, "answer", MAX_TEXT);
    Objects.requireNonNull(source, "source");
    sourceKey = Ids.requireToken(sourceKey, "sourceKey");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(editedAt, "editedAt");
  }

  public Answer edited(String newText, Instant when) {
    return new Answer(
        id,
        communityId,
        occurrenceId,
        promptId,
        author,
        newText,
        source,
        sourceKey,
        message,
        answeredAt,
        Optional.of(when),
        late,
        false);
  }
}
