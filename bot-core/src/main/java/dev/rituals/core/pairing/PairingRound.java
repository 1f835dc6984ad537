package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of one round: who meets whom and why, and who was left out and why.
 *
 * @param method how the groups were found, in words, e.g. "optimal over all 4950 allowed pairs"
 */
public record PairingRound(
    RoundKind kind,
    LocalDate date,
    List<PairingGroup> groups,
    List<LeftOut> leftOut,
    String method) {
  public PairingRound {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    groups = List.copyOf(groups);
    leftOut = List.copyOf(leftOut);
    Objects.requireNonNull(method, "method");
  }

  /** The sum of the group scores: the stated weight this round achieved. */
  public double totalScore() {
    return groups.stream().mapToDouble(PairingGroup::score).sum();
  }

  /** Everyone placed in a group (a mentor with several mentees appears once per mentee). */
  public Stream<UserRef> placedUsers() {
    return groups.stream().flatMap(g -> g.users().stream());
  }
}
