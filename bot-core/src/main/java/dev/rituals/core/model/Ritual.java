package dev.rituals.core.model;

import java.time.Duration;
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
    Instant createdAt,
    RitualPlan plan,
    RitualSettings settings) {
  /** A prompt's or slow chat's members get a nudge this long before it closes, unless changed. */
  public static final Duration DEFAULT_REMINDER_LEAD = Duration.ofHours(24);

  /** Number 0 is each community's hidden ritual for "ask now" questions. */
  public static final int ASK_NOW_NUMBER = 0;

  public Ritual {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(communityId, "communityId");
    if (number < 0) {
      throw new IllegalArgumentException("number must not be negative");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schedule, "schedule");
    fixedQuestion = fixedQuestion.map(q -> Ids.requireText(q, "question", Question.MAX_TEXT));
    Objects.requireNonNull(bankTag, "bankTag");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(settings, "settings");
  }

  /** A ritual with the default settings. */
  public Ritual(
      RitualId id,
      CommunityId communityId,
      int number,
      RitualKind kind,
      Schedule schedule,
      Optional<String> fixedQuestion,
      Optional<String> bankTag,
      RitualState state,
      Instant createdAt,
      RitualPlan plan) {
    this(
        id,
        communityId,
        number,
        kind,
        schedule,
        fixedQuestion,
        bankTag,
        state,
        createdAt,
        plan,
        RitualSettings.DEFAULT);
  }

  /** A ritual with a single question per occurrence. */
  public Ritual(
      RitualId id,
      CommunityId communityId,
      int number,
      RitualKind kind,
      Schedule schedule,
      Optional<String> fixedQuestion,
      Optional<String> bankTag,
      RitualState state,
      Instant createdAt) {
    this(
        id,
        communityId,
        number,
        kind,
        schedule,
        fixedQuestion,
        bankTag,
        state,
        createdAt,
        RitualPlan.single());
  }

  public Ritual withState(RitualState newState) {
    return new Ritual(
        id,
        communityId,
        number,
        kind,
        schedule,
        fixedQuestion,
        bankTag,
        newState,
        createdAt,
        plan,
        settings);
  }

  public Ritual withSchedule(Schedule newSchedule) {
    return new Ritual(
        id,
        communityId,
        number,
        kind,
        newSchedule,
        fixedQuestion,
        bankTag,
        state,
        createdAt,
        plan,
        settings);
  }

  public Ritual withSettings(RitualSettings newSettings) {
    return new Ritual(
        id,
        communityId,
        number,
        kind,
        schedule,
        fixedQuestion,
        bankTag,
        state,
        createdAt,
        plan,
        newSettings);
  }

  /**
   * How long before an occurrence closes the nudge goes out; zero for none. Unless changed: 24
   * hours for prompts and slow chats, none for live chats (they last an hour).
   */
  public Duration reminderLead() {
    return settings
        .reminderLead()
        .orElse(
            kind == RitualKind.LIVE_CHAT || kind == RitualKind.PAIRING
                ? Duration.ZERO
                : DEFAULT_REMINDER_LEAD);
  }

  public boolean isAskNow() {
    return number == ASK_NOW_NUMBER;
  }

  public boolean isActive() {
    return state == RitualState.ACTIVE;
  }
}
