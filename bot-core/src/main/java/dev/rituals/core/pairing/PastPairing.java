package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two people who were in the same group in an earlier round. A group of three or four is recorded
 * as all of its pairs (see {@link #ofGroup}).
 */
public record PastPairing(
    UserRef first, UserRef second, LocalDate roundDate, MeetingOutcome outcome) {
  public PastPairing {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(roundDate, "roundDate");
    Objects.requireNonNull(outcome, "outcome");
    if (first.equals(second)) {
      throw new IllegalArgumentException("a past pairing needs two different people");
    }
  }

  /** Every pair inside one past group. */
  public static List<PastPairing> ofGroup(
      List<UserRef> members, LocalDate roundDate, MeetingOutcome outcome) {
    List<PastPairing> pairs = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        pairs.add(new PastPairing(members.get(i), members.get(j), roundDate, outcome));
      }
    }
    return pairs;
  }

  /** Whether this pairing still forbids a repeat on {@code date}, given the recency window. */
  boolean blocksRepeatOn(LocalDate date, Period window) {
    return outcome != MeetingOutcome.DID_NOT_MEET
        && roundDate.isAfter(date.minus(window))
        && !roundDate.isAfter(date);
  }
}
