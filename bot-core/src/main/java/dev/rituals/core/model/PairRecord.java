package dev.rituals.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One group of a pairing round as stored: who, why, the score, and each member's follow-up answer
 * (absent until they answer). All groups of a round share {@code roundId}.
 *
 * @param names display names, in the order of {@code members}
 */
public record PairRecord(
    UUID id,
    UUID roundId,
    CommunityId communityId,
    String kind,
    LocalDate roundDate,
    Instant ranAt,
    List<UserRef> members,
    List<String> names,
    String reason,
    double score,
    Map<UserRef, PairResponse> responses) {
  public PairRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(roundDate, "roundDate");
    Objects.requireNonNull(ranAt, "ranAt");
    members = List.copyOf(members);
    names = List.copyOf(names);
    if (members.size() < 2 || names.size() != members.size()) {
      throw new IllegalArgumentException("a pair has two to four members, each with a name");
    }
    Objects.requireNonNull(reason, "reason");
    responses = Map.copyOf(responses);
    if (!members.containsAll(responses.keySet())) {
      throw new IllegalArgumentException("only members answer the follow-up");
    }
  }

  /** Met if anyone said so; couldn't if someone said that and nobody met; else not known yet. */
  public Optional<PairResponse> outcome() {
    if (responses.containsValue(PairResponse.MET)) {
      return Optional.of(PairResponse.MET);
    }
    if (responses.containsValue(PairResponse.COULD_NOT)) {
      return Optional.of(PairResponse.COULD_NOT);
    }
    return responses.isEmpty() ? Optional.empty() : Optional.of(PairResponse.NOT_YET);
  }

  public PairRecord withResponse(UserRef user, PairResponse response) {
    var answers = new java.util.HashMap<>(responses);
    answers.put(user, response);
    return new PairRecord(
        id, roundId, communityId, kind, roundDate, ranAt, members, names, reason, score, answers);
  }
}
