package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring activity of a community. Its questions come from a fixed text or from the community's
 * question bank (optionally one tag of it).
 */
public record Ritual(
    RitualId id,
    CommunityId communityId,
    int number,
    RitualKind kind,
    Schedule schedule,
    Optional<String> fixedQuestion,
    Optional<String> bankTag,
    RitualState state,
    Instant createdAt) {
  public Ritual {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(communityId, "communityId");
    if (number < 1) {
      throw new IllegalArgumentException("number must be positive");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schedule, "schedule");
    fixedQuestion = fixedQuestion.map(q -> Ids.requireText(q, "question", Question.MAX_TEXT));
    Objects.requireNonNull(bankTag, "bankTag");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Ritual withState(RitualState newState) {
    return new Ritual(
        id, communityId, number, kind, schedule, fixedQuestion, bankTag, newState, createdAt);
  }

  public Ritual withSchedule(Schedule newSchedule) {
    return new Ritual(
        id, communityId, number, kind, newSchedule, fixedQuestion, bankTag, state, createdAt);
  }

  public boolean isActive() {
    return state == RitualState.ACTIVE;
  }
}
