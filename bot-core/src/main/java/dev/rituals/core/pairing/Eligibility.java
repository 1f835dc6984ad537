package dev.rituals.core.pairing;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in a round. Opted-out and snoozed members are excluded before any graph is built,
 * so no constraint on them can be broken later. A snooze "until" a date ends on that date.
 */
final class Eligibility {
  /** Peer round: opted-in, awake members who asked for peers. */
  record Peers(List<PairingCandidate> eligible, List<LeftOut> leftOut) {}

  /**
   * Mentoring round. Someone who is both a mentor (with capacity) and a mentee takes part as a
   * mentor: one side per person keeps "nobody is in two roles in one round" simple to state.
   */
  record Mentoring(
      List<PairingCandidate> mentors, List<PairingCandidate> mentees, List<LeftOut> leftOut) {}

  private Eligibility() {}

  static Peers peers(List<PairingCandidate> candidates, LocalDate date) {
    List<PairingCandidate> eligible = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (PairingCandidate c : distinct(candidates)) {
      LeftOut excluded = availability(c, date);
      if (excluded != null) {
        leftOut.add(excluded);
      } else if (!c.profile().roles().contains(PairingRole.PEER)) {
        leftOut.add(left(c, LeftOutReason.NOT_IN_ROLE, "has not asked for peer pairing"));
      } else {
        eligible.add(c);
      }
    }
    return new Peers(eligible, leftOut);
  }

  static Mentoring mentoring(List<PairingCandidate> candidates, LocalDate date) {
    List<PairingCandidate> mentors = new ArrayList<>();
    List<PairingCandidate> mentees = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (PairingCandidate c : distinct(candidates)) {
      Profile p = c.profile();
      LeftOut excluded = availability(c, date);
      boolean mentor = p.roles().contains(PairingRole.MENTOR);
      boolean mentee = p.roles().contains(PairingRole.MENTEE);
      if (excluded != null) {
        leftOut.add(excluded);
      } else if (mentor && p.mentoringCapacity() > 0) {
        mentors.add(c);
      } else if (mentee) {
        mentees.add(c);
      } else if (mentor) {
        leftOut.add(left(c, LeftOutReason.NO_CAPACITY, "offered a mentoring capacity of 0"));
      } else {
        leftOut.add(left(c, LeftOutReason.NOT_IN_ROLE, "is neither a mentor nor a mentee"));
      }
    }
    return new Mentoring(mentors, mentees, leftOut);
  }

  private static LeftOut availability(PairingCandidate c, LocalDate date) {
    Profile p = c.profile();
    if (!p.optedIn()) {
      return left(c, LeftOutReason.OPTED_OUT, "has not opted in to pairing");
    }
    if (p.snoozedUntil().isPresent() && date.isBefore(p.snoozedUntil().get())) {
      return left(c, LeftOutReason.SNOOZED, "snoozed until " + p.snoozedUntil().get());
    }
    return null;
  }

  static LeftOut left(PairingCandidate c, LeftOutReason reason, String explanation) {
    return new LeftOut(c.user(), c.displayName(), reason, explanation);
  }

  private static List<PairingCandidate> distinct(List<PairingCandidate> candidates) {
    Set<UserRef> seen = new HashSet<>();
    for (PairingCandidate c : candidates) {
      if (!seen.add(c.user())) {
        throw new IllegalArgumentException("candidate listed twice: " + c.user().userId());
      }
    }
    return candidates;
  }
}
