package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member invited to host one occurrence of a ritual (choose or write its question). One per
 * (ritual, scheduledFor). Kept as evidence: a {@link HostingState#CHOSEN} hosting is a chat the
 * member hosted.
 */
public record Hosting(
    RitualId ritualId,
    CommunityId communityId,
    Instant scheduledFor,
    UserRef host,
    HostingState state,
    Optional<String> question,
    Instant invitedAt) {
  public Hosting {
    Objects.requireNonNull(ritualId, "ritualId");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(state, "state");
    question = question.map(q -> Ids.requireText(q, "question", Question.MAX_TEXT));
    Objects.requireNonNull(invitedAt, "invitedAt");
    if ((state == HostingState.CHOSEN) != question.isPresent()) {
      throw new IllegalArgumentException("a chosen hosting has a question, and only it");
    }
  }

  public static Hosting invited(
      Ritual ritual, Instant scheduledFor, UserRef host, Instant invitedAt) {
    return new Hosting(
        ritual.id(),
        ritual.communityId(),
        scheduledFor,
        host,
        HostingState.INVITED,
        Optional.empty(),
        invitedAt);
  }

  public Hosting chosen(String text) {
    return new Hosting(
        ritualId,
        communityId,
        scheduledFor,
        host,
        HostingState.CHOSEN,
        Optional.of(text),
        invitedAt);
  }

  public Hosting missed() {
    return new Hosting(
        ritualId,
        communityId,
        scheduledFor,
        host,
        HostingState.MISSED,
        Optional.empty(),
        invitedAt);
  }

  public boolean hosted() {
    return state == HostingState.CHOSEN;
  }
}
